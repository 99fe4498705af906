package io.marketpilot.data.adapter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The registry of import formats by name; {@link #standard()} is the one place built-in formats are registered.
 *
 * <pre>{@code
 * try (Stream<ImportRow> rows = SourceFormats.standard().open("uci-online-retail", dir, RecordKind.EVENT)) {
 *     rows.forEach(row -> switch (row) {
 *         case WireRecord r -> ...;   // r.kind(), r.fields(), r.source() + ":" + r.line()
 *         case RowProblem p -> ...;
 *         case SkippedRow s -> ...;
 *     });
 * }
 * }</pre>
 */
public final class SourceFormats {
    private final Map<String, SourceFormat> byName = new LinkedHashMap<>();

    private SourceFormats(List<SourceFormat> formats) {
        for (SourceFormat format : formats) {
            if (byName.put(format.name(), format) != null) {
                throw new IllegalArgumentException("two formats are named " + format.name());
            }
        }
    }

    /** Every built-in format. */
    public static SourceFormats standard() {
        return new SourceFormats(List.of(
                GenericFormat.auto(), GenericFormat.csv(), GenericFormat.tsv(), GenericFormat.jsonl(),
                new CanonicalFormat(), new UciRetailFormat(), new MovieLensFormat(), new InstacartFormat()));
    }

    /** A registry of exactly these formats (tests, plug-ins). */
    public static SourceFormats of(List<SourceFormat> formats) {
        return new SourceFormats(formats);
    }

    public Optional<SourceFormat> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The format called {@code name}; the exception lists the known names. */
    public SourceFormat get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown import format \"" + name + "\"; known formats: " + String.join(", ", byName.keySet())));
    }

    public List<SourceFormat> all() {
        return List.copyOf(byName.values());
    }

    /** Shorthand for {@code get(format).open(path, kind)}. */
    public Stream<ImportRow> open(String format, Path path, RecordKind kind) {
        return get(format).open(path, kind);
    }
}
