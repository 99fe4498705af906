package io.marketpilot.bench;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.data.adapter.ImportRow;
import io.marketpilot.data.adapter.RecordKind;
import io.marketpilot.data.adapter.SourceFormats;
import io.marketpilot.data.adapter.WireRecord;
import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.BotPolicy;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The import path taken apart, as {@code ImportJob} runs it but one stage at a time over the whole file: read
 * (file → wire maps, JSONL and canonical CSV), clean (10,000-record chunks), and the store's bulk load (one
 * transaction). Each stage keeps its output in memory for the next, so memory is not representative.
 */
final class ImportStages {
    private static final int CHUNK = 10_000;

    private ImportStages() {}

    static Map<String, Object> run(Path jsonl, Path work) throws IOException {
        Map<String, Object> out = Report.object();
        out.put("jsonl", stages(jsonl, "jsonl", work.resolve("jsonl")));
        out.put("csv", stages(CanonicalCsv.of(jsonl), "canonical", work.resolve("csv")));
        return out;
    }

    private static Map<String, Object> stages(Path file, String format, Path dataDir) {
        Map<String, Object> out = Report.object();
        StageClock clock = new StageClock();
        List<List<Map<String, Object>>> chunks = new ArrayList<>();
        List<Map<String, Object>> chunk = new ArrayList<>(CHUNK);
        long rows = 0;
        try (Stream<ImportRow> stream = SourceFormats.standard().open(format, file, RecordKind.EVENT)) {
            for (Iterator<ImportRow> it = stream.iterator(); it.hasNext(); ) {
                if (it.next() instanceof WireRecord r) {
                    chunk.add(r.fields());
                    rows++;
                    if (chunk.size() == CHUNK) {
                        chunks.add(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        out.put("read_file_to_maps", clock.stop(rows));

        EventCleaner cleaner = new EventCleaner(Clock.systemUTC());
        BotDetector bots = new BotDetector(BotPolicy.DEFAULT);
        clock = new StageClock();
        List<List<Event>> cleaned = new ArrayList<>();
        for (List<Map<String, Object>> c : chunks) {
            cleaned.add(cleaner.clean(c, bots).accepted());
        }
        out.put("clean_all_rules", clock.stop(rows));
        chunks.clear();

        try (EmbeddedStores stores = EmbeddedStores.open(dataDir)) {
            clock = new StageClock();
            long appended = 0;
            try (EventLog.BulkLoad bulk = stores.events().bulkLoad()) {
                for (List<Event> c : cleaned) {
                    appended += bulk.add(c).appended();
                }
                bulk.commit();
            }
            out.put("store_bulk_load_one_tx", clock.stop(rows));
            out.put("appended", appended);
        }
        out.put("rows", rows);
        return out;
    }
}
