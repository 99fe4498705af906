package io.marketpilot.data.adapter;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public datasets in {@code ../shared/data} (next to the repository, never inside it). Found by walking up
 * from the working directory, so tests work from the module or the repository root; a test skips, saying where
 * it looked, when the data is absent.
 */
final class SharedData {
    private SharedData() {}

    static Path dataset(String name) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), () -> "skipped: no shared/data directory above " + Path.of("").toAbsolutePath()
                + " (the public datasets live in ../shared/data next to the repository)");
        Path dir = root.get().resolve(name);
        assumeTrue(Files.isDirectory(dir), () -> "skipped: dataset " + name + " is absent from " + root.get());
        return dir;
    }

    static Optional<Path> root() {
        List<Path> candidates = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared").resolve("data"));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** All rows of an import, for tests on small datasets. */
    static List<ImportRow> readAll(String format, Path path) {
        try (Stream<ImportRow> rows = SourceFormats.standard().open(format, path, RecordKind.EVENT)) {
            return rows.toList();
        }
    }

    static ImportTally tally(String format, Path path) {
        ImportTally tally = new ImportTally();
        try (Stream<ImportRow> rows = SourceFormats.standard().open(format, path, RecordKind.EVENT)) {
            rows.forEach(tally::add);
        }
        return tally;
    }
}
