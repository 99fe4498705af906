package io.marketpilot.data.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Resolves an import path: a file is itself; a directory is its matching regular files in name order. */
final class InputFiles {
    private InputFiles() {}

    static List<Path> resolve(Path path, Predicate<String> nameMatches, String expected) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such file or directory: " + path);
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> children = Files.list(path)) {
            List<Path> files = children.filter(Files::isRegularFile)
                    .filter(p -> nameMatches.test(p.getFileName().toString()))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("directory " + path + " holds no " + expected);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    /** A file of {@code dir} that must exist, with a message naming what it is for. */
    static Path required(Path dir, String name, String dataset) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dataset + " needs " + name + " in " + dir + ", which is missing");
        }
        return file;
    }
}
