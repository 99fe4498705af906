package io.marketpilot.data.adapter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Event ids from row content: SHA-256 of the fields joined by U+001F, 128 bits shown, plus the occurrence number
 * when the same content was seen before in the same import ({@code -2}, {@code -3}, ...). One instance per import.
 */
final class ContentIds {
    private final String prefix;
    private final MessageDigest sha256;
    private final OccurrenceCounter occurrences = new OccurrenceCounter();
    private final StringBuilder joined = new StringBuilder(128);

    ContentIds(String prefix) {
        this.prefix = prefix;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    String next(String... parts) {
        joined.setLength(0);
        for (String part : parts) {
            joined.append(part == null ? "" : part).append('\u001f');
        }
        byte[] digest = sha256.digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        int occurrence = occurrences.increment(first64(digest));
        String id = prefix + HexFormat.of().formatHex(digest, 0, 16);
        return occurrence == 1 ? id : id + "-" + occurrence;
    }

    private static long first64(byte[] digest) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (digest[i] & 0xff);
        }
        return v;
    }
}
