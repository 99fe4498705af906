package io.marketpilot.data.source;

/** A record that could not be read (bad quoting, wrong field count, malformed JSON), with what went wrong. */
public record ReadProblem(long line, String message) implements SourceRow {}
