package io.marketpilot.data.adapter;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts what an import produced, for progress lines, summaries and tests. Not thread-safe. */
public final class ImportTally {
    private final Map<RecordKind, Long> records = new EnumMap<>(RecordKind.class);
    private final Map<String, Long> skipped = new TreeMap<>();
    private long problems;

    public void add(ImportRow row) {
        switch (row) {
            case WireRecord r -> records.merge(r.kind(), 1L, Long::sum);
            case RowProblem p -> problems++;
            case SkippedRow s -> skipped.merge(s.reason(), 1L, Long::sum);
        }
    }

    public long records(RecordKind kind) {
        return records.getOrDefault(kind, 0L);
    }

    public long problems() {
        return problems;
    }

    /** Skipped rows by reason, sorted by reason. */
    public Map<String, Long> skippedByReason() {
        return Map.copyOf(skipped);
    }

    public long skipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return "events=" + records(RecordKind.EVENT) + " items=" + records(RecordKind.ITEM) + " customers="
                + records(RecordKind.CUSTOMER) + " problems=" + problems + " skipped=" + skipped;
    }
}
