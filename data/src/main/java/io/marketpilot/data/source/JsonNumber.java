package io.marketpilot.data.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * JSON numbers read from bytes into what Jackson's {@code getNumberValue}/{@code getDecimalValue} give: Integer up
 * to 9 digits (10 when in range), Long up to 18 (19 when in range), else BigInteger, and a BigDecimal of the text
 * for any fraction or exponent.
 */
final class JsonNumber {
    /** Longer numbers are left to Jackson (whose own limit is 1,000 characters). */
    static final int MAX_LENGTH = 100;

    private JsonNumber() {}

    /**
     * The end of the number that starts at {@code from} (a minus or a digit), or -1 when the JSON grammar is not
     * met (a bare sign, {@code 1.}, {@code 1e}). A leading zero ends the integer part, so {@code 01} ends after the
     * {@code 0}: the caller's check of what follows a value rejects it.
     */
    static int end(byte[] b, int from, int end) {
        int i = from;
        if (b[i] == '-') {
            i++;
        }
        if (i < end && b[i] == '0') {
            i++;
        } else if ((i = digits(b, i, end)) < 0) {
            return -1;
        }
        if (i < end && b[i] == '.' && (i = digits(b, i + 1, end)) < 0) {
            return -1;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            i = digits(b, i, end);
        }
        return i;
    }

    /** The value of the number {@code b[from .. to)} found by {@link #end}, or null when it is left to Jackson. */
    static Object value(byte[] b, int from, int to) {
        if (to - from > MAX_LENGTH) {
            return null;
        }
        boolean negative = b[from] == '-';
        long value = 0;
        int i = negative ? from + 1 : from;
        int digits = 0;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++, digits++) {
            value = value * 10 + (b[i] - '0'); // wraps beyond 18 digits, where it is not used
        }
        boolean decimal = i < to;
        if (!decimal && digits <= 18) {
            long v = negative ? -value : value;
            if (digits <= 9 || (digits == 10 && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE)) {
                return (int) v;
            }
            return v;
        }
        String text = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        try {
            if (decimal) {
                return new BigDecimal(text);
            }
            BigInteger big = new BigInteger(text);
            return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
        } catch (NumberFormatException e) {
            return null; // an exponent beyond BigDecimal's scale
        }
    }

    /** The end of the run of digits at {@code from}, or -1 when there is none. */
    private static int digits(byte[] b, int from, int end) {
        int i = from;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i == from ? -1 : i;
    }
}
