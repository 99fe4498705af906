package io.marketpilot.core.validation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Lenient-but-exact number reading: "3", 3, 3.0 are the integer 3; "3.5" is not an integer. The nullable forms are
 * the primary ones (the event parser reads a number or two per event on the import's thread); the {@code Optional}
 * forms wrap them.
 */
final class Numbers {
    private Numbers() {}

    static Optional<Long> toLong(Object v) {
        return Optional.ofNullable(toLongOrNull(v));
    }

    /** The exact integer value, or null when {@code v} is not one. */
    static Long toLongOrNull(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        BigDecimal d = toDecimalOrNull(v);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static Optional<BigDecimal> toDecimal(Object v) {
        return Optional.ofNullable(toDecimalOrNull(v));
    }

    /** The decimal value, or null when {@code v} is not a finite number or a string of one. */
    static BigDecimal toDecimalOrNull(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (v instanceof Number n) {
            return parse(n.toString());
        }
        if (v instanceof String s) {
            return parse(s.strip());
        }
        return null;
    }

    private static BigDecimal parse(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!ok) {
                return null;
            }
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
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
