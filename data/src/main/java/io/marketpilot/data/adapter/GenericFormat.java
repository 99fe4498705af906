package io.marketpilot.data.adapter;

import io.marketpilot.data.source.CsvFormat;
import io.marketpilot.data.source.SourceReader;
import io.marketpilot.data.source.Sources;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Files already in the wire contract: one record per CSV row or JSONL line, with DESIGN §3 field names, all of
 * one kind (events, items or customers, chosen by the caller). CSV columns {@code context.x}/{@code properties.x}
 * nest, JSON-object columns are parsed (see {@link CsvFormat#wireShaping()}). A
 * directory means all its files of the format, in name order.
 */
final class GenericFormat implements SourceFormat {
    private final String name;
    private final String description;
    private final Predicate<String> accepts;
    private final Function<Path, SourceReader> opener;

    private GenericFormat(String name, String description, Predicate<String> accepts, Function<Path, SourceReader> opener) {
        this.name = name;
        this.description = description;
        this.accepts = accepts;
        this.opener = opener;
    }

    static GenericFormat csv() {
        return new GenericFormat("csv", "Comma-separated wire records with a header row (RFC 4180; .csv or .csv.gz).",
                n -> type(n) == Sources.FileType.CSV, p -> Sources.csv(p, CsvFormat.DEFAULT));
    }

    static GenericFormat tsv() {
        return new GenericFormat("tsv", "Tab-separated wire records with a header row (.tsv or .tsv.gz).",
                n -> type(n) == Sources.FileType.TSV, p -> Sources.csv(p, CsvFormat.TSV));
    }

    static GenericFormat jsonl() {
        return new GenericFormat("jsonl", "One JSON object per line (.jsonl, .ndjson, optionally .gz).",
                n -> type(n) == Sources.FileType.JSONL, Sources::jsonl);
    }

    static GenericFormat auto() {
        return new GenericFormat("auto", "csv, tsv or jsonl, chosen per file by its extension.",
                n -> type(n) != null, Sources::open);
    }

    private static Sources.FileType type(String fileName) {
        return Sources.fileType(Path.of(fileName)).orElse(null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return description + " Field names as in the wire contract (event_id, type, user_id, item_id, timestamp, "
                + "...; item_id, title, ...; user_id, traits, consent); the records are of the kind given to the import. "
                + "A directory imports all its matching files in name order.";
    }

    @Override
    public Stream<ImportRow> open(Path path, RecordKind kind) {
        List<Path> files = InputFiles.resolve(path, accepts, name + " files");
        ImportPlan plan = new ImportPlan();
        for (Path file : files) {
            plan.read(file, opener, (record, sink) -> sink.emit(kind, record.fields()));
        }
        return plan.stream();
    }
}
