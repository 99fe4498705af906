package io.marketpilot.data.adapter;

/** One outcome of importing: a wire record, a row that could not be read, or a row deliberately left out. */
public sealed interface ImportRow permits WireRecord, RowProblem, SkippedRow {

    /** The file the row came from (its name, not its path). */
    String source();

    /** The 1-based physical line the row starts on in {@link #source()}. */
    long line();
}
