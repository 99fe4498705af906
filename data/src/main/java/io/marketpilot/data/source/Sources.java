package io.marketpilot.data.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens files as {@link SourceReader}s. Files may be gzipped (detected by content); text is UTF-8 unless a
 * {@link CsvFormat} says otherwise.
 *
 * <pre>{@code
 * try (SourceReader rows = Sources.open(Path.of("events.csv.gz"))) {
 *     rows.forEachRemaining(row -> ...);   // SourceRecord or ReadProblem, each with its line
 * }
 * }</pre>
 */
public final class Sources {
    /** The layouts {@link #open(Path)} recognises from a file name. */
    public enum FileType { CSV, TSV, JSONL }

    private Sources() {}

    /** Opens by extension: {@code .csv}, {@code .tsv}, {@code .jsonl}/{@code .ndjson}, each optionally {@code .gz}. */
    public static SourceReader open(Path path) {
        FileType type = fileType(path).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the layout of " + path.getFileName() + " from its name: expected .csv, .tsv, .jsonl or .ndjson (optionally .gz)"));
        return switch (type) {
            case CSV -> csv(path, CsvFormat.DEFAULT);
            case TSV -> csv(path, CsvFormat.TSV);
            case JSONL -> jsonl(path);
        };
    }

    public static SourceReader csv(Path path, CsvFormat format) {
        try {
            return new CsvReader(name(path), TextInput.open(path, format.charset()), format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path, e);
        }
    }

    public static SourceReader jsonl(Path path) {
        try {
            return new JsonlReader(name(path), TextInput.bytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path, e);
        }
    }

    /** The layout a file name announces, ignoring a trailing {@code .gz}. */
    public static Optional<FileType> fileType(Path path) {
        String name = name(path).toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(FileType.CSV);
        }
        if (name.endsWith(".tsv")) {
            return Optional.of(FileType.TSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(FileType.JSONL);
        }
        return Optional.empty();
    }

    /** Whether the whole file decodes as UTF-8; legacy datasets that fail are read as ISO-8859-1. */
    public static boolean isUtf8(Path path) {
        try {
            return TextInput.isUtf8(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String name(Path path) {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }
}
