package io.marketpilot.data.source;

/** One record read from a file: its fields, or the problem that kept it from being read. */
public sealed interface SourceRow permits SourceRecord, ReadProblem {

    /** The 1-based physical line the record starts on. */
    long line();
}
