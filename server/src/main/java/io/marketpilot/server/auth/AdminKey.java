package io.marketpilot.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin key given at start-up. Only its SHA-256 is kept, and a candidate is compared digest to digest with
 * {@link MessageDigest#isEqual}, which takes the same time wherever the first difference is (and hashing first
 * hides the key's length too).
 */
final class AdminKey {
    private final byte[] digest;

    private AdminKey(byte[] digest) {
        this.digest = digest;
    }

    /** Null when no admin key is configured. */
    static AdminKey of(String secret) {
        return secret == null || secret.isBlank() ? null : new AdminKey(sha256(secret));
    }

    boolean matches(String candidate) {
        return MessageDigest.isEqual(digest, sha256(candidate));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
