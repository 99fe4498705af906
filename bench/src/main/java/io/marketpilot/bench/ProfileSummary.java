package io.marketpilot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the samples of a JFR file went. Stages are inclusive (a sample counts for every stage whose method is
 * on its stack, so nested stages overlap and add up to more than 100%); hot methods are exclusive (the leaf
 * frame). Shares are of the Java execution samples of all threads but the benchmark's own client threads.
 */
final class ProfileSummary {
    /** Label → frame prefix ({@code class.method} or a package); the order is the report's order. */
    static final List<Map.Entry<String, String>> STAGES = List.of(
            Map.entry("  request handler (EventsResource.ingest)", "io.marketpilot.server.events.EventsResource.ingest"),
            Map.entry("    read body + JSON → maps (BatchReader)", "io.marketpilot.server.batch.BatchReader.read"),
            Map.entry("    write response JSON", "io.javalin.http.Context.json"),
            Map.entry("import job (ImportJob.run)", "io.marketpilot.engine.imports.ImportJob.run"),
            Map.entry("  read file → wire maps (data.source / adapter)", "io.marketpilot.data.adapter.ImportPlan"),
            Map.entry("    JSONL line → map", "io.marketpilot.data.source.JsonlReader"),
            Map.entry("    CSV row → map", "io.marketpilot.data.source.CsvReader"),
            Map.entry("    content ids (SHA-256)", "io.marketpilot.data.adapter.ContentIds"),
            Map.entry("engine ingest (Engine.ingestEvents)", "io.marketpilot.engine.ingest.EventIngestor.ingest"),
            Map.entry("clean (EventCleaner.clean)", "io.marketpilot.data.cleaning.EventCleaner.clean"),
            Map.entry("  normalise text (TextNormalizer)", "io.marketpilot.data.cleaning.TextNormalizer.normalize"),
            Map.entry("  parse + validate (EventParser)", "io.marketpilot.core.event.EventParser.parse"),
            Map.entry("    timestamps", "io.marketpilot.core.validation.RawRecord.instant"),
            Map.entry("    decimals (price)", "io.marketpilot.core.validation.RawRecord.decimal"),
            Map.entry("    nested objects (context, properties)", "io.marketpilot.core.validation.RawRecord.object"),
            Map.entry("  in-batch duplicates (DuplicateFilter)", "io.marketpilot.data.cleaning.DuplicateFilter"),
            Map.entry("  bot detection (BotDetector)", "io.marketpilot.data.cleaning.BotDetector"),
            Map.entry("store append (DuckDbEventLog.append)", "io.marketpilot.store.duckdb.DuckDbEventLog.append"),
            Map.entry("store bulk load add (DuckDbBulkLoad.add)", "io.marketpilot.store.duckdb.DuckDbBulkLoad.add"),
            Map.entry("  encode rows (EventRows.Encoded.all)", "io.marketpilot.store.duckdb.EventRows$Encoded.all"),
            Map.entry("    JSON text of context/properties (JsonCodec.write)", "io.marketpilot.store.json.JsonCodec.write"),
            Map.entry("    id hash (IdHash)", "io.marketpilot.store.duckdb.IdHash.of"),
            Map.entry("  dedupe + insert (WriteTransaction.add)", "io.marketpilot.store.duckdb.WriteTransaction.add"),
            Map.entry("    fill DuckDB vectors (ColumnarRows.fill)", "io.marketpilot.store.duckdb.ColumnarRows.fill"),
            Map.entry("      vector writes (DuckDBWritableVector)", "org.duckdb.DuckDBWritableVector"),
            Map.entry("    in-chunk id set (HashSet)", "java.util.HashSet.add"),
            Map.entry("  commit (WriteTransaction.commit)", "io.marketpilot.store.duckdb.WriteTransaction.commit"),
            Map.entry("Jackson (anywhere)", "com.fasterxml.jackson"),
            Map.entry("BigDecimal (anywhere)", "java.math.BigDecimal"));

    private ProfileSummary() {}

    static Map<String, Object> of(Path jfr) throws IOException {
        Map<String, Long> stageCounts = new HashMap<>();
        Map<String, Long> leaves = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> natives = new HashMap<>();
        long samples = 0;
        long clientSamples = 0;
        long nativeDuckDb = 0;
        Duration gc = Duration.ZERO;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gc = gc.plus(e.getDuration());
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "?" : String.valueOf(e.getThread("sampledThread").getJavaName());
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.NativeMethodSample")) {
                String top = name(frames.get(0));
                if (top.startsWith("org.duckdb")) {
                    nativeDuckDb++;
                    natives.merge(top + " ← " + firstProductFrame(frames), 1L, Long::sum);
                }
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            if (thread.startsWith("bench-client")) {
                clientSamples++;
                continue;
            }
            samples++;
            threads.merge(threadGroup(thread), 1L, Long::sum);
            leaves.merge(name(frames.get(0)), 1L, Long::sum);
            for (Map.Entry<String, String> stage : STAGES) {
                for (RecordedFrame f : frames) {
                    if (name(f).startsWith(stage.getValue())) {
                        stageCounts.merge(stage.getKey(), 1L, Long::sum);
                        break;
                    }
                }
            }
        }
        Map<String, Object> out = Report.object();
        out.put("java_samples", samples);
        out.put("client_samples_excluded", clientSamples);
        Map<String, Object> stages = Report.object();
        for (Map.Entry<String, String> stage : STAGES) {
            long n = stageCounts.getOrDefault(stage.getKey(), 0L);
            if (n > 0) {
                stages.put(stage.getKey(), percent(n, samples));
            }
        }
        out.put("inclusive_pct", stages);
        out.put("threads_pct", top(threads, samples, 8));
        out.put("hot_methods_self_pct", top(leaves, samples, 20));
        out.put("duckdb_native_samples", nativeDuckDb);
        out.put("duckdb_native_top", top(natives, Math.max(1, nativeDuckDb), 8));
        out.put("gc_pause_ms", gc.toMillis());
        return out;
    }

    private static String firstProductFrame(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.startsWith("io.marketpilot")) {
                return n;
            }
        }
        return "?";
    }

    private static String threadGroup(String name) {
        return name.replaceAll("[-#]?\\d+$", "").replaceAll("-\\d+-", "-N-");
    }

    private static Map<String, Object> top(Map<String, Long> counts, long total, int n) {
        Map<String, Object> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(n)
                .forEach(e -> out.put(e.getKey(), percent(e.getValue(), total)));
        return out;
    }

    private static double percent(long n, long total) {
        return total == 0 ? 0 : Report.round(100.0 * n / total, 1);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
