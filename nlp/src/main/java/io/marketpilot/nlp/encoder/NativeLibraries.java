package io.marketpilot.nlp.encoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * DJL (the tokenizer's native library) reads its cache location and offline switch from system properties; this is
 * the one place that sets them, before the tokenizer class loads, so nothing is downloaded and nothing lands in the
 * home folder. A directory already chosen by the operator ({@code -DDJL_CACHE_DIR}) wins.
 */
final class NativeLibraries {
    private NativeLibraries() {}

    static synchronized void useDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the encoder native cache " + dir, e);
        }
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", dir.toAbsolutePath().toString());
        }
        if (System.getProperty("ENGINE_CACHE_DIR") == null && System.getenv("ENGINE_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", dir.toAbsolutePath().toString());
        }
    }
}
