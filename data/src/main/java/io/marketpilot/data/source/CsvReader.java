package io.marketpilot.data.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Delimited text as {@link SourceRow}s: the header row (or the format's column names) names the fields, each
 * further record becomes a map. A record with a different number of fields than the header, or one the
 * {@link CsvScanner} finds broken, is a {@link ReadProblem} with its line, and reading goes on.
 */
final class CsvReader extends LookaheadReader {
    private static final int INITIAL_BUFFER = 1 << 16;

    private final CsvScanner scanner;
    private final boolean shaping;
    private WireColumns columns;
    /** Per column: its recent values, so a repeated one (event type, channel, currency) is one shared string. */
    private ValueCache[] repeated;

    CsvReader(String source, Reader in, CsvFormat format) {
        this(source, in, format, INITIAL_BUFFER);
    }

    /** {@code initialBuffer} is small only in tests, to drive records across buffer refills. */
    CsvReader(String source, Reader in, CsvFormat format, int initialBuffer) {
        super(source);
        this.scanner = new CsvScanner(in, format, initialBuffer);
        this.shaping = format.wireShaping();
        if (!format.columns().isEmpty()) {
            plan(format.columns().toArray(String[]::new));
        }
    }

    @Override
    long line() {
        return scanner.line();
    }

    @Override
    public void close() {
        try {
            scanner.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + source(), e);
        }
    }

    @Override
    SourceRow advance() throws IOException {
        while (true) {
            switch (scanner.next()) {
                case CsvScanner.END -> {
                    return null;
                }
                case CsvScanner.BLANK -> { }
                case CsvScanner.BROKEN -> {
                    ReadProblem problem = new ReadProblem(scanner.recordLine(), scanner.brokenBecause());
                    scanner.resyncAfterFirstLine();
                    return problem;
                }
                default -> {
                    if (columns == null) {
                        SourceRow headerProblem = readHeader();
                        if (headerProblem != null) {
                            stop();
                            return headerProblem;
                        }
                        continue;
                    }
                    int found = scanner.fieldCount();
                    if (found != columns.size()) {
                        return new ReadProblem(scanner.recordLine(), "expected " + columns.size() + " fields as in the header, found " + found);
                    }
                    return new SourceRecord(scanner.recordLine(), toMap());
                }
            }
        }
    }

    private SourceRow readHeader() {
        String[] names = new String[scanner.fieldCount()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String name = scanner.value(i).strip();
            names[i] = name.isEmpty() ? "column_" + (i + 1) : name;
            if (!seen.add(names[i])) {
                return new ReadProblem(scanner.recordLine(), "the header names column \"" + names[i] + "\" twice; the file cannot be read unambiguously");
            }
        }
        plan(names);
        return null;
    }

    private void plan(String[] names) {
        columns = WireColumns.plan(names, shaping);
        repeated = new ValueCache[names.length];
        Arrays.setAll(repeated, i -> new ValueCache());
    }

    private Map<String, Object> toMap() {
        int n = scanner.fieldCount();
        Map<String, Object> record = isPlainRow(n) ? PlainRecord.withExpectedSize(n) : LinkedHashMap.newLinkedHashMap(n);
        for (int i = 0; i < n; i++) {
            if (!scanner.isEmpty(i)) {
                columns.put(record, i, scanner.value(i, repeated[i]));
            }
        }
        return record;
    }

    /** Whether the record will hold only plain text: plain keys, and no field but plain ones, JSON text aside. */
    private boolean isPlainRow(int n) {
        if (!shaping || !columns.plainKeys()) { // other layouts go to adapters that may put any text into the map
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!scanner.isEmpty(i) && (columns.isJson(i) || !scanner.isPlain(i))) {
                return false;
            }
        }
        return true;
    }
}
