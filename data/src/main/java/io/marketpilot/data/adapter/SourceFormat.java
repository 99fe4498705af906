package io.marketpilot.data.adapter;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A way to read import files: a generic layout ({@code csv}, {@code jsonl}) or a named public dataset. Each
 * implementation says in its Javadoc which files it reads and how rows map to wire records.
 */
public interface SourceFormat {

    /** The registry name, e.g. {@code uci-online-retail}. */
    String name();

    /** A few sentences for {@code marketpilot import --help}: what it reads and what it yields. */
    String describe();

    /**
     * Reads {@code path} (a file, or a directory where the format accepts one) lazily. The stream must be closed.
     *
     * @param kind the kind of the records in generic files that hold one kind; dataset formats know their own kinds
     *             and ignore it
     */
    Stream<ImportRow> open(Path path, RecordKind kind);
}
