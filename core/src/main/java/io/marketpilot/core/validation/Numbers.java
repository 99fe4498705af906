package io.marketpilot.core.validation;

import java.math.BigDecimal;
import java.util.Optional;

/** Lenient-but-exact number reading: "3", 3, 3.0 are the integer 3; "3.5" is not an integer. */
final class Numbers {
    private Numbers() {}

    static Optional<Long> toLong(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Optional.of(((Number) v).longValue());
        }
        return toDecimal(v).flatMap(d -> {
            try {
                return Optional.of(d.stripTrailingZeros().longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<BigDecimal> toDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(((Number) v).longValue()));
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
        }
        if (v instanceof Number n) {
            return parse(n.toString());
        }
        if (v instanceof String s) {
            return parse(s.strip());
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> parse(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!ok) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Numbers as plain strings (no exponent, no trailing ".0"), e.g. a CSV id 17850.0 reads "17850". */
    static String plain(Object v) {
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            BigDecimal d = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).doubleValue());
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
