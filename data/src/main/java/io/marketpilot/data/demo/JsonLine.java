package io.marketpilot.data.demo;

import java.time.LocalDate;

/**
 * Builds compact JSON text into a reusable buffer, faster than a general-purpose mapper for
 * millions of small objects. Keeps track of commas per nesting level; callers keep the
 * structure balanced. Numbers are written without exponents so output is stable.
 */
final class JsonLine {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(512);
    private final boolean[] needsComma = new boolean[32];
    private int depth;
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate = "";

    /** Clears the buffer for the next line. */
    JsonLine reset() {
        out.setLength(0);
        depth = 0;
        needsComma[0] = false;
        return this;
    }

    CharSequence text() {
        return out;
    }

    JsonLine beginObject() {
        separate();
        return open('{');
    }

    JsonLine beginObject(String name) {
        key(name);
        return open('{');
    }

    JsonLine endObject() {
        depth--;
        out.append('}');
        return this;
    }

    JsonLine beginArray(String name) {
        key(name);
        return open('[');
    }

    JsonLine endArray() {
        depth--;
        out.append(']');
        return this;
    }

    JsonLine string(String name, String value) {
        key(name);
        quote(value);
        return this;
    }

    /** An array element. */
    JsonLine string(String value) {
        separate();
        quote(value);
        return this;
    }

    JsonLine number(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    /** A decimal rounded to {@code decimals} places, e.g. 0.125 with 2 → 0.13. */
    JsonLine number(String name, double value, int decimals) {
        key(name);
        return decimal(value, decimals);
    }

    /** An array element. */
    JsonLine number(double value, int decimals) {
        separate();
        return decimal(value, decimals);
    }

    JsonLine bool(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    /** Cents as a quoted decimal string: 12900 → "129.00". */
    JsonLine price(String name, long cents) {
        key(name);
        out.append('"').append(cents / 100).append('.');
        long rest = cents % 100;
        out.append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10)).append('"');
        return this;
    }

    /** Epoch seconds as ISO-8601 UTC with a trailing Z: "2026-09-12T08:15:30Z". */
    JsonLine timestamp(String name, long epochSecond) {
        key(name);
        long day = Math.floorDiv(epochSecond, 86_400L);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        out.append('"').append(cachedDate).append('T');
        two(second / 3600).append(':');
        two(second / 60 % 60).append(':');
        two(second % 60).append('Z').append('"');
        return this;
    }

    private StringBuilder two(int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private JsonLine decimal(double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / scale);
        if (decimals > 0) {
            String fraction = Long.toString(scaled % scale);
            out.append('.');
            for (int i = fraction.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
        return this;
    }

    private JsonLine open(char bracket) {
        out.append(bracket);
        needsComma[++depth] = false;
        return this;
    }

    private void key(String name) {
        separate();
        quote(name);
        out.append(':');
    }

    private void separate() {
        if (needsComma[depth]) {
            out.append(',');
        }
        needsComma[depth] = true;
    }

    private void quote(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
