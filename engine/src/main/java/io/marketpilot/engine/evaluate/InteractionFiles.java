package io.marketpilot.engine.evaluate;

import io.marketpilot.core.event.Event;
import io.marketpilot.data.adapter.ImportRow;
import io.marketpilot.data.adapter.RecordKind;
import io.marketpilot.data.adapter.RowProblem;
import io.marketpilot.data.adapter.SkippedRow;
import io.marketpilot.data.adapter.SourceFormats;
import io.marketpilot.data.adapter.WireRecord;
import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.BotPolicy;
import io.marketpilot.data.cleaning.CleanedEvents;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.data.cleaning.Rejection;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.recommend.data.InteractionLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an interaction file in any import format (canonical CSV, the named datasets, generic CSV/JSONL) into an
 * {@link InteractionLog}, through the same parsing and cleaning as an import, in file order. Every event with an
 * item counts; the user is its actor key; the value is its quantity. No bot filtering: an evaluation measures the
 * file as given. Bad rows fail the read with their line numbers unless {@code skipInvalid}.
 */
public final class InteractionFiles {
    private static final int BATCH = 10_000;
    private static final int SHOWN_PROBLEMS = 20;
    private static final BotPolicy NO_BOTS = new BotPolicy(Integer.MAX_VALUE, Duration.ofSeconds(1), 1, Set.of());

    private final EventCleaner cleaner;

    public InteractionFiles(Clock clock) {
        this.cleaner = new EventCleaner(clock);
    }

    /**
     * What was read: the log, the text of the items the file describes (datasets with a catalogue: MovieLens titles
     * and genres, UCI descriptions, Instacart product names and aisles), and how many rows were bad (only with
     * skipInvalid) or deliberately skipped.
     */
    public record Read(InteractionLog log, Map<String, String> itemTexts, long badRows, long skippedRows) {}

    private static final List<String> TEXT_FIELDS = List.of("title", "titles", "description", "category", "brand",
        "tags");

    /**
     * Reads {@code path}; with {@code knownUsersOnly}, events of anonymous visitors (no user id) are left out, as the
     * canonical conversion of UCI Online Retail does (user = CustomerID).
     */
    public Read read(String format, Path path, boolean skipInvalid, boolean knownUsersOnly, ProgressSink progress) {
        InteractionLog.Builder log = new InteractionLog.Builder();
        BotDetector bots = new BotDetector(NO_BOTS);
        List<String> problems = new ArrayList<>();
        Map<String, String> texts = new java.util.HashMap<>();
        long bad = 0;
        long skipped = 0;
        long read = 0;
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        List<WireRecord> batchRows = new ArrayList<>(BATCH);
        try (Stream<ImportRow> rows = SourceFormats.standard().open(format, path, RecordKind.EVENT)) {
            for (Iterator<ImportRow> it = rows.iterator(); it.hasNext(); ) {
                switch (it.next()) {
                    case WireRecord r when r.kind() == RecordKind.EVENT -> {
                        batch.add(r.fields());
                        batchRows.add(r);
                    }
                    case WireRecord r when r.kind() == RecordKind.ITEM -> itemText(r.fields(), texts);
                    case WireRecord r -> { }
                    case RowProblem p -> {
                        bad++;
                        note(problems, p.source() + " line " + p.line() + ": " + p.message());
                    }
                    case SkippedRow s -> skipped++;
                }
                if (batch.size() == BATCH) {
                    bad += flush(batch, batchRows, bots, log, problems, knownUsersOnly);
                }
                if (++read % 100_000 == 0) {
                    progress.progress("read", read, -1);
                }
            }
            bad += flush(batch, batchRows, bots, log, problems, knownUsersOnly);
        }
        progress.progress("read", read, read);
        if (bad > 0 && !skipInvalid) {
            throw new IllegalArgumentException(bad + " bad row(s) in " + path + " (first " + problems.size()
                + " below); fix them or pass --skip-invalid to evaluate the valid rows\n  "
                + String.join("\n  ", problems));
        }
        if (log.size() == 0) {
            throw new IllegalArgumentException("no interactions with an item in " + path + " (format " + format + ")");
        }
        return new Read(log.build(), Map.copyOf(texts), bad, skipped);
    }

    private long flush(List<Map<String, Object>> batch, List<WireRecord> rows, BotDetector bots,
                       InteractionLog.Builder log, List<String> problems, boolean knownUsersOnly) {
        if (batch.isEmpty()) {
            return 0;
        }
        CleanedEvents cleaned = cleaner.clean(batch, bots);
        for (Rejection r : cleaned.rejections()) {
            WireRecord row = rows.get(r.index());
            note(problems, row.source() + " line " + row.line() + ": " + r.errors());
        }
        for (Event e : cleaned.accepted()) {
            if (e.itemId() != null && (e.userId() != null || !knownUsersOnly)) {
                log.add(e.actorKey(), e.itemId().value(), e.timestamp().toEpochMilli(), e.type().wireName(),
                    Math.max(1, e.quantity()));
            }
        }
        long bad = cleaned.rejections().size();
        batch.clear();
        rows.clear();
        return bad;
    }

    private static void itemText(Map<String, Object> fields, Map<String, String> texts) {
        Object id = fields.get("item_id");
        if (id == null) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (String f : TEXT_FIELDS) {
            appendText(b, fields.get(f));
        }
        if (!b.isEmpty()) {
            texts.merge(id.toString(), b.toString().strip(), (a, c) -> a.length() >= c.length() ? a : c);
        }
    }

    private static void appendText(StringBuilder b, Object v) {
        if (v instanceof String s) {
            b.append(' ').append(s);
        } else if (v instanceof java.util.Collection<?> c) {
            c.forEach(x -> appendText(b, x));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> appendText(b, x));
        }
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < SHOWN_PROBLEMS) {
            problems.add(problem);
        }
    }
}
