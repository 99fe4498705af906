package io.marketpilot.bench;

import io.marketpilot.bench.RawBaseline.Variant;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventParser;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.BotPolicy;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.server.json.WireJson;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/stages}: the ingest path taken apart, each stage run alone on one thread over the same batches,
 * so its cost per event can be read off directly: JSON body → maps (as the server's BatchReader does), the core
 * parser alone, the whole cleaning step, the store's append (one commit per batch), and the raw Appender. The
 * import path's stages are in {@link ImportStages}. A first pass over the first events, into a throw-away store,
 * warms the JIT. Each stage's output stays in memory for the next, so GC work (in process CPU) is inflated:
 * read thread CPU per event as the stage's cost.
 */
public final class StagesBench {
    static final Set<String> OPTIONS = Set.of("events", "batch", "warmup", "cache-dir", "work-dir");
    static final Set<String> FLAGS = Set.of("keep", "help");
    static final String USAGE = """
            usage: bench/stages [--events 200000] [--batch 1000] [--warmup 50000] [--cache-dir DIR] [--work-dir DIR]
            """;

    private StagesBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, OPTIONS, FLAGS);
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        long events = a.number("events", 200_000, 1, 5_000_000);
        int batch = a.integer("batch", 1_000, 1, 10_000);
        long warmup = a.number("warmup", 50_000, 0, 1_000_000);
        Path cache = a.path("cache-dir", DemoCache.defaultRoot());
        Path workParent = a.path("work-dir", null);
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("stages: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        PrintStream log = System.err;
        Path jsonl = DemoCache.events(cache, Math.max(events, warmup), log);
        Map<String, Object> report = Report.object();
        report.put("benchmark", "stages");
        report.put("events", events);
        report.put("batch", batch);
        report.put("load_avg_at_start", Report.loadAverage());
        try (WorkDir work = WorkDir.create(workParent, "marketpilot-stages-", a.flag("keep"))) {
            if (warmup > 0) {
                log.printf("warm-up over %,d events …%n", warmup);
                ingestPath(jsonl, warmup, batch, work.resolve("warm"));
                ImportStages.run(DemoCache.firstEvents(jsonl, warmup), work.resolve("warm-import"));
                work.delete("warm");
                work.delete("warm-import");
            }
            log.printf("ingest path stages over %,d events …%n", events);
            report.put("ingest_path", ingestPath(jsonl, events, batch, work.resolve("ingest")));
            log.printf("import path stages over %,d events …%n", events);
            Path slice = DemoCache.firstEvents(jsonl, events);
            report.put("import_path", ImportStages.run(slice, work.resolve("import")));
            report.put("raw_appender", RawBaseline.run(slice, events, List.of(Variant.commitEvery(batch),
                    Variant.commitEvery(Integer.MAX_VALUE), Variant.tableFunction(Integer.MAX_VALUE),
                    Variant.tableFunction(batch), Variant.commitEvery(4 * batch),
                    new Variant("commit_every_" + batch + "_checkpoint_threshold_1GB", batch,
                            List.of("SET checkpoint_threshold = '1GB'")),
                    new Variant("one_transaction_threads_1", Integer.MAX_VALUE, List.of("SET threads = 1")),
                    new Variant("one_transaction_table_function_threads_1", Integer.MAX_VALUE,
                            List.of("SET threads = 1"), RawBaseline.Route.TABLE_FUNCTION),
                    new Variant("one_transaction_via_read_csv", Integer.MAX_VALUE, List.of(), RawBaseline.Route.READ_CSV),
                    new Variant("one_transaction_via_read_csv_threads_1", Integer.MAX_VALUE, List.of("SET threads = 1"),
                            RawBaseline.Route.READ_CSV)), work));
        }
        report.put("load_avg_at_end", Report.loadAverage());
        Report.machine(report);
        System.out.println(Report.json(report));
    }

    /** The first {@code events} events in batches, through each stage in turn (the warm-up uses its own store). */
    static Map<String, Object> ingestPath(Path jsonl, long events, int batch, Path dataDir) throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        try (BatchBodies file = BatchBodies.write(jsonl, 0, events, batch, dataDir.resolveSibling(dataDir.getFileName() + ".body"))) {
            for (int k = 0; k < file.count(); k++) {
                ByteBuffer b = ByteBuffer.allocate(file.length(k));
                file.file().read(b, file.offset(k));
                bodies.add(b.array());
            }
        }
        Map<String, Object> out = Report.object();
        ObjectMapper mapper = WireJson.mapper();
        ObjectReader objects = mapper.readerFor(WireJson.OBJECT)
                .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        StageClock clock = new StageClock();
        List<List<Map<String, Object>>> parsed = new ArrayList<>();
        for (byte[] body : bodies) {
            parsed.add(parseArray(mapper, objects, body));
        }
        out.put("json_body_to_maps", clock.stop(events));

        EventParser parser = new EventParser(Clock.systemUTC());
        clock = new StageClock();
        long valid = 0;
        for (List<Map<String, Object>> b : parsed) {
            for (Map<String, Object> m : b) {
                valid += parser.parse(m) instanceof io.marketpilot.core.validation.Validation.Valid<Event> ? 1 : 0;
            }
        }
        out.put("core_parser_only", clock.stop(events));

        EventCleaner cleaner = new EventCleaner(Clock.systemUTC());
        BotDetector bots = new BotDetector(BotPolicy.DEFAULT);
        clock = new StageClock();
        List<List<Event>> cleaned = new ArrayList<>();
        for (List<Map<String, Object>> b : parsed) {
            cleaned.add(cleaner.clean(b, bots).accepted());
        }
        out.put("clean_all_rules", clock.stop(events));
        parsed = null;

        try (EmbeddedStores stores = EmbeddedStores.open(dataDir)) {
            EventLog log = stores.events();
            clock = new StageClock();
            long appended = 0;
            for (List<Event> b : cleaned) {
                appended += log.append(b).appended();
            }
            out.put("store_append_commit_per_batch", clock.stop(events));
            out.put("appended", appended);
        }
        out.put("valid", valid);
        return out;
    }

    private static List<Map<String, Object>> parseArray(ObjectMapper mapper, ObjectReader objects, byte[] body)
            throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(body)) {
            p.nextToken();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                records.add(objects.readValue(p));
            }
        }
        return records;
    }
}
