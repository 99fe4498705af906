package io.marketpilot.data.source;

/**
 * Decodes the content of a JSON string from UTF-8 bytes: escapes as JSON defines them (a {@code \\u} escape of a
 * lone surrogate kept as that char, as Jackson does) and UTF-8 as Java's decoder reads well-formed input. It
 * refuses what the general path would treat differently: malformed UTF-8 (decoding would substitute U+FFFD),
 * control characters and unknown escapes (Jackson reports them). Reusable scratch; not thread-safe.
 */
final class JsonText {
    private char[] chars = new char[128];
    private int length;

    /**
     * Decodes from {@code from} (just after the opening quote) to the closing quote; returns the index after the
     * quote, or -1 when the string is malformed or unterminated before {@code end}.
     */
    int decode(byte[] b, int from, int end) {
        if (chars.length < end - from) {
            chars = new char[Math.max(end - from, chars.length * 2)];
        }
        char[] out = chars;
        int n = 0;
        int i = from;
        while (i < end) {
            int c = b[i++];
            if (c == '"') {
                length = n;
                return i;
            }
            if (c >= 0x20) {
                if (c != '\\') {
                    out[n++] = (char) c;
                    continue;
                }
                if (i >= end) {
                    return -1;
                }
                int e = b[i++];
                char decoded;
                switch (e) {
                    case '"', '\\', '/' -> decoded = (char) e;
                    case 'b' -> decoded = '\b';
                    case 'f' -> decoded = '\f';
                    case 'n' -> decoded = '\n';
                    case 'r' -> decoded = '\r';
                    case 't' -> decoded = '\t';
                    case 'u' -> {
                        if (end - i < 4) {
                            return -1;
                        }
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int h = hex(b[i++]);
                            if (h < 0) {
                                return -1;
                            }
                            v = (v << 4) | h;
                        }
                        decoded = (char) v;
                    }
                    default -> {
                        return -1;
                    }
                }
                out[n++] = decoded;
                continue;
            }
            if (c >= 0) {
                return -1; // a raw control character
            }
            int lead = c & 0xff;
            if (lead < 0xC2 || lead > 0xF4) {
                return -1;
            }
            if (lead < 0xE0) {
                if (i >= end || !continuation(b[i])) {
                    return -1;
                }
                out[n++] = (char) (((lead & 0x1F) << 6) | (b[i++] & 0x3F));
            } else if (lead < 0xF0) {
                if (end - i < 2) {
                    return -1;
                }
                int b1 = b[i] & 0xff;
                int b2 = b[i + 1] & 0xff;
                int min = lead == 0xE0 ? 0xA0 : 0x80;
                int max = lead == 0xED ? 0x9F : 0xBF; // no encoded surrogates
                if (b1 < min || b1 > max || (b2 & 0xC0) != 0x80) {
                    return -1;
                }
                out[n++] = (char) (((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
                i += 2;
            } else {
                if (end - i < 3) {
                    return -1;
                }
                int b1 = b[i] & 0xff;
                int min = lead == 0xF0 ? 0x90 : 0x80;
                int max = lead == 0xF4 ? 0x8F : 0xBF; // nothing beyond U+10FFFF
                if (b1 < min || b1 > max || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
                    return -1;
                }
                int cp = ((lead & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                i += 3;
            }
        }
        return -1;
    }

    /** The string last decoded. */
    String string() {
        return new String(chars, 0, length);
    }

    private static boolean continuation(byte x) {
        return (x & 0xC0) == 0x80;
    }

    private static int hex(byte x) {
        if (x >= '0' && x <= '9') {
            return x - '0';
        }
        if (x >= 'a' && x <= 'f') {
            return x - 'a' + 10;
        }
        if (x >= 'A' && x <= 'F') {
            return x - 'A' + 10;
        }
        return -1;
    }
}
