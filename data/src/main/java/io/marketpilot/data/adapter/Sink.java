package io.marketpilot.data.adapter;

import java.util.ArrayDeque;
import java.util.Map;

/** Where mappers put their output; it stamps each row with the file and line being mapped. */
final class Sink {
    private final ArrayDeque<ImportRow> queue = new ArrayDeque<>();
    private String source = "";
    private long line;

    void at(String newSource, long newLine) {
        this.source = newSource;
        this.line = newLine;
    }

    String source() {
        return source;
    }

    long line() {
        return line;
    }

    void emit(RecordKind kind, Map<String, Object> fields) {
        queue.add(new WireRecord(kind, source, line, fields));
    }

    /** Emits a record that belongs to an earlier row (e.g. an item built from its latest row). */
    void emitFor(String rowSource, long rowLine, RecordKind kind, Map<String, Object> fields) {
        queue.add(new WireRecord(kind, rowSource, rowLine, fields));
    }

    void skip(String reason, String detail) {
        queue.add(new SkippedRow(source, line, reason, detail));
    }

    void problem(String message) {
        queue.add(new RowProblem(source, line, message));
    }

    ImportRow poll() {
        return queue.poll();
    }
}
