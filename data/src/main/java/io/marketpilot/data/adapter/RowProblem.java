package io.marketpilot.data.adapter;

/** A row the reader could not turn into fields (bad quoting, wrong field count, malformed JSON). */
public record RowProblem(String source, long line, String message) implements ImportRow {}
