package io.marketpilot.data.adapter;

/**
 * A readable row an adapter leaves out on purpose, e.g. a postage line in a retail export. {@code reason} is a
 * stable category to count by ("non-product stock code"); {@code detail} names the value that decided it ("POST").
 */
public record SkippedRow(String source, long line, String reason, String detail) implements ImportRow {}
