package io.marketpilot.automation.journey;

import java.math.BigDecimal;

/** The text form property values are compared in: numbers without a trailing ".0", the rest as written. */
final class PropertyText {
    private PropertyText() {}

    static String of(Object v) {
        if (v instanceof Number n && !(v instanceof BigDecimal)) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }
}
