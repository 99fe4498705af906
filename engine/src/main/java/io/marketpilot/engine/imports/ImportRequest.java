package io.marketpilot.engine.imports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One import: what to load, from which file or directory, in which format ({@code auto} picks csv or
 * jsonl by extension; or {@code canonical}, {@code uci-online-retail}, {@code movielens}, {@code instacart}),
 * and whether invalid rows are skipped (written to a rejects file beside the input) or abort the import.
 */
public record ImportRequest(ImportKind kind, Path source, String format, boolean skipInvalid) {
    public ImportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        format = format == null || format.isBlank() ? "auto" : format;
    }
}
