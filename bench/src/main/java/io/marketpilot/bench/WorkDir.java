package io.marketpilot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch directory for one benchmark run (data dirs, request bodies), deleted at the end unless kept. */
final class WorkDir implements AutoCloseable {
    private final Path dir;
    private final boolean keep;

    private WorkDir(Path dir, boolean keep) {
        this.dir = dir;
        this.keep = keep;
    }

    /** A fresh directory under {@code parent} (the system temp dir when null). */
    static WorkDir create(Path parent, String prefix, boolean keep) throws IOException {
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path dir = parent == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(parent, prefix);
        return new WorkDir(dir, keep);
    }

    Path resolve(String name) {
        return dir.resolve(name);
    }

    Path path() {
        return dir;
    }

    /** Deletes a subdirectory now, to free disk between phases. */
    void delete(String name) {
        deleteTree(dir.resolve(name));
    }

    @Override
    public void close() {
        if (!keep) {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
