package io.marketpilot.engine.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The key that signs tracking links, kept in {@code tracking.key} in the data directory: links in mails already
 * sent must stay valid across restarts. Created (32 random bytes) on first use.
 */
public final class TrackingSecret {
    public static final String FILE = "tracking.key";

    private TrackingSecret() {}

    public static byte[] load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length >= 16) {
                    return key;
                }
                throw new IllegalStateException(file.toAbsolutePath() + " is damaged (" + key.length
                        + " bytes, expected 32); delete it to make a new one (tracking links already sent stop working)");
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.write(file, key, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file.toAbsolutePath(), e);
        }
    }
}
