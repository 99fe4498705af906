package io.marketpilot.recommend.knn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Model files frozen at the format version that wrote them, under src/test/resources next to the tests. They are
 * (re)written only on request, {@code -Dgolden.write=true}, and otherwise just read, which is what proves that old
 * versions stay readable.
 */
final class GoldenFile {
    private GoldenFile() {}

    static byte[] read(String name, java.util.function.Supplier<byte[]> writer) {
        if (Boolean.getBoolean("golden.write")) {
            try {
                Path dir = Path.of("src/test/resources/io/marketpilot/recommend/knn");
                Files.createDirectories(dir);
                byte[] bytes = writer.get();
                Files.write(dir.resolve(name), bytes);
                // the copy on the test classpath is refreshed only by the next build
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = GoldenFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("golden file " + name + " is missing; write it with -Dgolden.write=true");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
