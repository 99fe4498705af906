package io.marketpilot.bench;

import io.marketpilot.bench.RawBaseline.Variant;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.server.http.ApiServer;
import io.marketpilot.server.http.ServerConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code bench/ingest-http}: a real engine on an empty temp data dir behind the real {@link ApiServer} on
 * 127.0.0.1, fed demo events as JSON-array batches over C loopback connections ({@link HttpLoad}); then DuckDB's
 * Appender writing the same rows into a fresh table of the same schema ({@link RawAppender}), committing per
 * batch. Prints one JSON object: events/s and batch latency beside the baseline, peak RSS, heap, CPU.
 */
public final class IngestHttpBench {
    static final Set<String> OPTIONS = Set.of("events", "batch", "connections", "warmup", "rate", "max-seconds",
            "cache-dir", "work-dir");
    static final Set<String> FLAGS = Set.of("keep", "profile", "help");
    static final String USAGE = """
            usage: bench/ingest-http [--events 1000000] [--batch 1000] [--connections 4] [--warmup 20000] [--rate 0]
                                     [--max-seconds 900] [--cache-dir DIR] [--work-dir DIR] [--keep] [--profile]
              --warmup N     events sent first to a separate throw-away engine (JIT warm-up); 0 = none
              --rate N       offer N events/s (open loop; latency counts from each batch's due time); 0 = as fast
                             as the server answers (closed loop)
              --max-seconds  each phase stops sending at this deadline (the report then says timed_out)
              --profile      record the timed HTTP phase with JFR and add where the CPU went to the report
            """;

    /** The run's settings, every option checked. */
    record Settings(long events, int batch, int connections, long warmup, long rate, Duration limit, Path cache,
                    Path work, boolean keep, boolean profile) {
        static Settings from(BenchArgs a) {
            return new Settings(a.number("events", 1_000_000, 1, 50_000_000), a.integer("batch", 1_000, 1, 10_000),
                    a.integer("connections", 4, 1, 256), a.number("warmup", 20_000, 0, 10_000_000),
                    a.number("rate", 0, 0, 100_000_000),
                    Duration.ofSeconds(a.number("max-seconds", 900, 1, 86_400)),
                    a.path("cache-dir", DemoCache.defaultRoot()), a.path("work-dir", null), a.flag("keep"),
                    a.flag("profile"));
        }
    }

    private IngestHttpBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, OPTIONS, FLAGS);
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        Settings s = Settings.from(a);
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("ingest-http: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        System.out.println(Report.json(run(s, System.err)));
    }

    static Map<String, Object> run(Settings s, PrintStream log) throws Exception {
        Path jsonl = DemoCache.events(s.cache(), Math.max(s.events(), s.warmup()), log);
        Map<String, Object> report = Report.object();
        report.put("benchmark", "ingest-http");
        report.put("events", s.events());
        report.put("batch", s.batch());
        report.put("connections", s.connections());
        report.put("offered_events_per_s", s.rate() == 0 ? "closed loop" : s.rate());
        report.put("warmup_events", s.warmup());
        report.put("load_avg_at_start", Report.loadAverage());
        try (WorkDir work = WorkDir.create(s.work(), "marketpilot-ingest-", s.keep())) {
            String key = "bench-" + UUID.randomUUID();
            if (s.warmup() > 0) {
                log.printf("warm-up: %,d events into a throw-away engine …%n", s.warmup());
                try (BatchBodies warm = BatchBodies.write(jsonl, 0, s.warmup(), s.batch(), work.resolve("warmup.body"))) {
                    Map<String, Object> w = serve(warm, work.resolve("warmup-data"), key, s, 0, null, log);
                    report.put("warmup_events_per_s", w.get("events_per_s"));
                }
                work.delete("warmup-data");
            }
            try (BatchBodies bodies = BatchBodies.write(jsonl, 0, s.events(), s.batch(), work.resolve("events.body"))) {
                report.put("payload_mb", Report.round(bodies.totalBytes() / 1048576.0, 1));
                log.printf("marketpilot: %,d events over HTTP, %d connections …%n", s.events(), s.connections());
                Profiler profiler = s.profile() ? new Profiler(work.resolve("ingest-http.jfr")) : null;
                report.put("marketpilot", serve(bodies, work.resolve("marketpilot-data"), key, s, s.rate(), profiler, log));
                if (profiler != null) {
                    report.put("profile", profiler.summary(s.keep() ? work.resolve("ingest-http.jfr") : null));
                }
            }
            work.delete("marketpilot-data");
            log.printf("raw appender: the same %,d rows …%n", s.events());
            report.put("raw_appender", RawBaseline.run(jsonl, s.events(),
                    List.of(Variant.commitEvery(s.batch()), Variant.commitEvery(Integer.MAX_VALUE)), work));
        }
        double product = ((Number) ((Map<?, ?>) report.get("marketpilot")).get("events_per_s")).doubleValue();
        double raw = ((Number) ((Map<?, ?>) report.get("raw_appender")).get("events_per_s")).doubleValue();
        report.put("ratio_to_raw", raw == 0 ? 0 : Report.round(product / raw, 3));
        report.put("targets", Map.of("events_per_s", 50_000, "batch_ms_p99", 50));
        report.put("peak_rss_mb", ((Map<?, ?>) report.get("marketpilot")).get("peak_rss_mb"));
        report.put("load_avg_at_end", Report.loadAverage());
        Report.machine(report);
        return report;
    }

    /** Engine + server on {@code dataDir}, all bodies sent; the numbers of that phase. */
    private static Map<String, Object> serve(BatchBodies bodies, Path dataDir, String key, Settings s, long rate,
                                             Profiler profiler, PrintStream log) throws Exception {
        boolean peakReset = ProcessStats.resetPeaks();
        long cpu0 = ProcessStats.cpuNanos();
        Engine engine = Engine.open(EngineConfig.at(dataDir), Clock.systemUTC());
        Map<String, Object> out = Report.object();
        HttpLoad.Result r;
        long stored;
        try (ApiServer server = ApiServer.start(engine, ServerConfig.defaults().withPort(0).withAdminKey(key)
                .withMaxBatch(EngineConfig.IngestConfig.defaults().maxBatch()))) {
            long cpuStart = ProcessStats.cpuNanos();
            ThreadCpu threads0 = ThreadCpu.snapshot();
            if (profiler != null) {
                profiler.start();
            }
            r = HttpLoad.run(bodies, server.port(), key, s.connections(), s.limit(), rate);
            if (profiler != null) {
                profiler.stop();
            }
            long cpu = ProcessStats.cpuNanos() - cpuStart;
            Map<String, Object> byThread = ThreadCpu.snapshot().since(threads0, 12);
            long sent = Math.min(bodies.events(), (long) r.answered() * s.batch());
            long[] latencies = r.latencies();
            out.put("events_per_s", Report.perSecond(r.accepted() + r.duplicates() + r.rejected(), r.elapsedNanos()));
            out.put("events_per_s_second_half", Math.round(r.secondHalfBatchesPerSecond() * s.batch()));
            out.put("elapsed_s", Report.round(r.elapsedNanos() / 1e9, 3));
            out.put("batch_ms_p50", Report.ms(Report.percentile(latencies, 50)));
            out.put("batch_ms_p90", Report.ms(Report.percentile(latencies, 90)));
            out.put("batch_ms_p99", Report.ms(Report.percentile(latencies, 99)));
            out.put("batch_ms_max", Report.ms(Report.percentile(latencies, 100)));
            out.put("batches", r.answered());
            out.put("accepted", r.accepted());
            out.put("duplicates", r.duplicates());
            out.put("rejected", r.rejected());
            out.put("failed_connections", r.failed());
            if (r.firstFailure() != null) {
                out.put("first_failure", r.firstFailure());
                log.println("ingest-http: " + r.firstFailure());
            }
            out.put("timed_out", r.timedOut());
            out.put("process_cpu_s", Report.round(cpu / 1e9, 2));
            out.put("client_cpu_s", Report.round(r.clientCpuNanos() / 1e9, 2));
            out.put("cores_busy", Report.round(cpu / (double) r.elapsedNanos(), 2));
            out.put("server_cpu_us_per_event", sent == 0 ? 0
                    : Report.round((cpu - r.clientCpuNanos()) / 1e3 / sent, 2));
            out.put("cpu_s_by_thread", byThread);
            out.put("peak_rss_mb", Math.round(ProcessStats.peakRssMb()));
            out.put("peak_rss_since_phase_start", peakReset);
            out.put("heap_used_mb", Math.round(ProcessStats.heapUsedMb()));
            out.put("heap_peak_mb", Math.round(ProcessStats.heapPeakMb()));
            stored = engine.stats().events().total();
            out.put("stored", stored);
            out.put("heap_live_mb_after_gc", Math.round(ProcessStats.heapLiveMb()));
        } finally {
            long closeStart = System.nanoTime();
            engine.close();
            out.put("close_ms", Report.ms(System.nanoTime() - closeStart));
        }
        out.put("phase_cpu_s_incl_open_close", Report.round((ProcessStats.cpuNanos() - cpu0) / 1e9, 2));
        return out;
    }
}
