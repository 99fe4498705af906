package io.marketpilot.data.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a delimited text file is laid out. {@code quote} 0 disables quoting (every character is data, as in
 * MovieLens' {@code u.item}); empty {@code columns} means the first record is the header row.
 * {@code wireShaping} maps columns onto the wire contract: {@code context.device} becomes key {@code device} of the
 * object {@code context} (likewise properties, attributes, traits, consent, titles), and a column named after one
 * of those objects holding JSON object text is parsed; off for third-party datasets.
 */
public record CsvFormat(char delimiter, char quote, List<String> columns, Charset charset, boolean wireShaping,
                        int maxRecordChars) {
    /** RFC 4180: comma, double quote, header row, UTF-8, wire shaping on, records up to 1 Mi chars. */
    public static final CsvFormat DEFAULT = new CsvFormat(',', '"', List.of(), StandardCharsets.UTF_8, true, 1 << 20);
    /** Tab-separated with a header row and RFC 4180 quoting. */
    public static final CsvFormat TSV = DEFAULT.withDelimiter('\t');

    public CsvFormat {
        if (delimiter == '\n' || delimiter == '\r' || delimiter == quote) {
            throw new IllegalArgumentException("delimiter must differ from the quote and line breaks, got " + (int) delimiter);
        }
        if (maxRecordChars < 1024) {
            throw new IllegalArgumentException("maxRecordChars must be at least 1024, got " + maxRecordChars);
        }
        columns = List.copyOf(columns);
    }

    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(newDelimiter, quote, columns, charset, wireShaping, maxRecordChars);
    }

    public CsvFormat withoutQuoting() {
        return new CsvFormat(delimiter, (char) 0, columns, charset, wireShaping, maxRecordChars);
    }

    /** No header row: the file's fields are named {@code names}, in order. */
    public CsvFormat withColumns(List<String> names) {
        return new CsvFormat(delimiter, quote, names, charset, wireShaping, maxRecordChars);
    }

    public CsvFormat withCharset(Charset newCharset) {
        return new CsvFormat(delimiter, quote, columns, newCharset, wireShaping, maxRecordChars);
    }

    /** Column names are kept verbatim: for third-party datasets whose columns are not wire fields. */
    public CsvFormat withoutWireShaping() {
        return new CsvFormat(delimiter, quote, columns, charset, false, maxRecordChars);
    }

    public CsvFormat withMaxRecordChars(int chars) {
        return new CsvFormat(delimiter, quote, columns, charset, wireShaping, chars);
    }

    boolean quoting() {
        return quote != 0;
    }
}
