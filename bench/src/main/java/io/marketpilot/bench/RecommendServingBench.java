package io.marketpilot.bench;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.config.RecommendConfig;
import io.marketpilot.server.http.ApiServer;
import io.marketpilot.server.http.ServerConfig;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/recommend-serving}: {@code GET /v1/recommendations/{customer}} against the real engine and
 * {@link ApiServer} on 127.0.0.1, over a {@link SyntheticShop} imported and trained once into a cached data
 * directory ({@link ServingData}). After a warm-up at the same rate, an open-loop load ({@link RecommendLoad})
 * asks for random customers (known ones uniformly, new ones, product pages with a popular context item); then, for
 * contrast, the same catalogue is served exactly (every item scored) on a sample of the same requests, and the
 * answers of both paths are compared. Prints one JSON object: rate, latency percentiles, errors, CPU per
 * request, heap and RSS, and memory per customer and per item.
 */
public final class RecommendServingBench {
    static final Set<String> OPTIONS = Set.of("items", "customers", "models", "rate", "seconds", "warmup-seconds",
        "connections", "new-share", "product-share", "n", "exact-requests", "full-scoring-max-items", "seed",
        "cache-dir");
    static final Set<String> FLAGS = Set.of("help");
    static final String USAGE = """
            usage: bench/recommend-serving [--items 100000] [--customers 1000000] [--models ials,item-knn]
                                           [--rate 1000] [--seconds 60] [--warmup-seconds 30] [--connections 32]
                                           [--new-share 20] [--product-share 30] [--n 10] [--exact-requests 400]
                                           [--full-scoring-max-items 20000] [--seed 42] [--cache-dir DIR]
              --models          the hybrid's components (recommend.models) the shop is trained with
              --rate            requests per second offered (open loop; latency counts from each request's due time)
              --new-share       percent of requests for customers without history (registered or anonymous)
              --product-share   percent of requests for a product page (placement=product&item=…), the rest home
              --exact-requests  requests then served exactly (every item scored) for contrast; 0 skips that phase
              --full-scoring-max-items  recommend.full_scoring_max_items: larger catalogues are served in two stages
            The shop (generated, imported and trained once: 15-30 min at full size, and a 10 GB heap for training:
            BENCH_JAVA_OPTS=-Xmx10g) is cached under --cache-dir.
            """;
    private static final Pattern ITEM = Pattern.compile("\"item_id\":\"([^\"]+)\"");

    /** The run's settings, every option checked. */
    record Settings(int items, int customers, List<String> models, int rate, int seconds, int warmupSeconds,
                    int connections, int newShare, int productShare, int n, int exactRequests, int fullScoringMaxItems,
                    long seed, Path cache) {
        static Settings from(BenchArgs a) {
            return new Settings(a.integer("items", 100_000, 10, 10_000_000),
                a.integer("customers", 1_000_000, 1, 5_000_000),
                List.of(a.text("models", "ials,item-knn").split(",")), a.integer("rate", 1_000, 0, 100_000),
                a.integer("seconds", 60, 1, 3_600), a.integer("warmup-seconds", 30, 0, 3_600),
                a.integer("connections", 32, 1, 1_024), a.integer("new-share", 20, 0, 100),
                a.integer("product-share", 30, 0, 100), a.integer("n", 10, 1, 100),
                a.integer("exact-requests", 400, 0, 100_000),
                a.integer("full-scoring-max-items", RecommendConfig.FULL_SCORING_MAX_ITEMS, 0, Integer.MAX_VALUE),
                a.number("seed", 42, 0, Long.MAX_VALUE),
                a.path("cache-dir", DemoCache.defaultRoot()));
        }
    }

    private RecommendServingBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, OPTIONS, FLAGS);
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        Settings s = Settings.from(a);
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("recommend-serving: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        System.out.println(Report.json(run(s, System.err)));
    }

    static Map<String, Object> run(Settings s, PrintStream log) throws Exception {
        SyntheticShop shop = SyntheticShop.of(s.seed(), s.items(), s.customers());
        Path dir = ServingData.dir(s.cache(), shop, s.models());
        Map<String, Object> report = Report.object();
        report.put("benchmark", "recommend-serving");
        report.put("items", s.items());
        report.put("customers", s.customers());
        report.put("new_customers_registered", shop.newCustomers());
        report.put("models", String.join(",", s.models()));
        report.put("prepared", ServingData.prepare(dir, shop, s.models(), log));
        report.put("offered_rate", s.rate());
        report.put("seconds", s.seconds());
        report.put("warmup_seconds", s.warmupSeconds());
        report.put("connections", s.connections());
        report.put("mix", Map.of("new_customers_percent", s.newShare(), "product_page_percent", s.productShare(),
            "n", s.n()));
        report.put("load_avg_at_start", Report.loadAverage());
        ServingRequests requests = new ServingRequests(shop, s.newShare(), s.productShare(), s.n());
        List<String> warmup = requests.paths(s.rate() * s.warmupSeconds(), s.seed() + 1);
        List<String> measured = requests.paths(Math.max(1, s.rate()) * s.seconds(), s.seed() + 2);
        int every = Math.max(1, measured.size() / Math.max(1, s.exactRequests()));
        String key = "bench-" + UUID.randomUUID();
        // time flows from the shop's last day, so trending and recency see the window the models learned from
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), shop.end()));
        EngineConfig base = ServingData.engineConfig(dir, s.models());
        EngineConfig config = base.withRecommend(base.recommend().withFullScoringMaxItems(s.fullScoringMaxItems()));
        report.put("two_stage", s.items() > s.fullScoringMaxItems());
        String[] twoStageAnswers;
        {
            Phase p = serve(config, clock, key, warmup, measured, s, s.rate(), k -> k % every == 0, true, log);
            report.put("serving", p.report());
            twoStageAnswers = p.kept();
        }
        if (s.exactRequests() > 0) {
            List<String> sample = new ArrayList<>();
            List<Integer> sampled = new ArrayList<>();
            for (int k = 0; k < measured.size() && sampled.size() < s.exactRequests(); k += every) {
                if (twoStageAnswers[k] != null) {
                    sample.add(measured.get(k));
                    sampled.add(k);
                }
            }
            EngineConfig exact = config.withRecommend(config.recommend().withFullScoringMaxItems(Integer.MAX_VALUE));
            log.printf("exact path (every item scored) on %d of the same requests, one connection …%n", sample.size());
            Phase p = serve(exact, clock, key, sample.subList(0, Math.min(50, sample.size())), sample, s, 0,
                k -> true, false, log);
            Map<String, Object> out = p.report();
            double overlap = 0;
            int same = 0;
            for (int j = 0; j < sample.size(); j++) {
                List<String> a = items(twoStageAnswers[sampled.get(j)]);
                List<String> b = items(p.kept()[j]);
                Set<String> inExact = new HashSet<>(b);
                overlap += b.isEmpty() ? 1 : a.stream().filter(inExact::contains).count() / (double) b.size();
                same += a.equals(b) ? 1 : 0;
            }
            out.put("two_stage_overlap_with_exact", Report.round(overlap / Math.max(1, sample.size()), 4));
            out.put("two_stage_identical_lists", Report.round(same / (double) Math.max(1, sample.size()), 4));
            report.put("exact_contrast", out);
        }
        report.put("targets", Map.of("rate", 1_000, "p99_ms", 10));
        report.put("load_avg_at_end", Report.loadAverage());
        Report.machine(report);
        report.put("vector_api", ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        return report;
    }

    /** One phase's numbers and the answers it kept. */
    private record Phase(Map<String, Object> report, String[] kept) {}

    private static Phase serve(EngineConfig config, Clock clock, String key, List<String> warmup,
                               List<String> measured, Settings s, int rate, RecommendLoad.Keep keep, boolean memory,
                               PrintStream log) throws Exception {
        Map<String, Object> out = Report.object();
        double heapBefore = memory ? ProcessStats.heapLiveMb() : 0;
        long t0 = System.nanoTime();
        try (Engine engine = Engine.open(config, clock)) {
            out.put("open_s", Report.round((System.nanoTime() - t0) / 1e9, 2));
            if (memory) {
                out.put("memory", ServingMemory.report(engine, heapBefore, s.customers(), s.items()));
                out.put("engine_only", engineOnly(engine, measured, s));
                out.put("inner_product_index", IndexRecall.measure(engine.servedRecommendationModels().orElseThrow(),
                    400, 200, s.seed()));
            }
            try (ApiServer server = ApiServer.start(engine, ServerConfig.defaults().withPort(0).withAdminKey(key))) {
                int connections = rate == 0 ? 1 : s.connections();
                if (!warmup.isEmpty()) {
                    log.printf("warm-up: %,d requests …%n", warmup.size());
                    RecommendLoad.Result w = RecommendLoad.run(warmup, s.n(), server.port(), key, connections, rate,
                        Long.MAX_VALUE, k -> false);
                    out.put("warmup_errors", w.errors());
                }
                System.gc(); // the warm-up's garbage (and a previous engine's) is not the measured phase's
                log.printf("measuring: %,d requests at %s …%n", measured.size(), rate == 0 ? "closed loop" : rate + "/s");
                boolean peakReset = ProcessStats.resetPeaks();
                long gcCount0 = gcCount();
                long gcMillis0 = gcMillis();
                long cpu0 = ProcessStats.cpuNanos();
                ThreadCpu threads0 = ThreadCpu.snapshot();
                RecommendLoad.Result r = RecommendLoad.run(measured, s.n(), server.port(), key, connections, rate,
                    Long.MAX_VALUE, keep);
                long cpu = ProcessStats.cpuNanos() - cpu0;
                long[] lat = r.latencies();
                out.put("requests", r.answered());
                out.put("achieved_rate", Report.round(r.answered() * 1e9 / r.elapsedNanos(), 1));
                out.put("elapsed_s", Report.round(r.elapsedNanos() / 1e9, 2));
                out.put("latency_ms_p50", Report.ms(Report.percentile(lat, 50)));
                out.put("latency_ms_p90", Report.ms(Report.percentile(lat, 90)));
                out.put("latency_ms_p99", Report.ms(Report.percentile(lat, 99)));
                out.put("latency_ms_p999", Report.ms(Report.percentile(lat, 99.9)));
                out.put("latency_ms_max", Report.ms(Report.percentile(lat, 100)));
                out.put("errors", r.errors());
                out.put("short_answers", r.shortAnswers());
                if (r.firstError() != null) {
                    out.put("first_error", r.firstError());
                    log.println("recommend-serving: " + r.firstError());
                }
                out.put("process_cpu_s", Report.round(cpu / 1e9, 2));
                out.put("client_cpu_s", Report.round(r.clientCpuNanos() / 1e9, 2));
                out.put("server_cpu_ms_per_request", Report.round((cpu - r.clientCpuNanos()) / 1e6
                    / Math.max(1, r.answered()), 3));
                out.put("cores_busy", Report.round(cpu / (double) r.elapsedNanos(), 2));
                out.put("cpu_s_by_thread", ThreadCpu.snapshot().since(threads0, 8));
                out.put("gc_count", gcCount() - gcCount0);
                out.put("gc_pause_ms_total", gcMillis() - gcMillis0);
                out.put("heap_peak_mb", Math.round(ProcessStats.heapPeakMb()));
                out.put("peak_rss_mb", Math.round(ProcessStats.peakRssMb()));
                out.put("peak_rss_since_phase_start", peakReset);
                String[] kept = new String[measured.size()];
                System.arraycopy(r.kept(), 0, kept, 0, kept.length);
                return new Phase(out, kept);
            }
        }
    }

    /**
     * The same requests straight into {@code Engine.recommend} on one thread, without HTTP: the engine's own CPU
     * per request (after 3,000 warm-up requests), to tell it apart from the HTTP stack's.
     */
    private static Map<String, Object> engineOnly(Engine engine, List<String> paths, Settings s) {
        var bean = ManagementFactory.getThreadMXBean();
        int warm = Math.min(3_000, paths.size() / 2);
        int timed = Math.min(5_000, paths.size() - warm);
        for (int k = 0; k < warm; k++) {
            engine.recommend(ServingRequests.request(paths.get(k), s.n()));
        }
        long[] cpu = new long[timed];
        long wall0 = System.nanoTime();
        for (int k = 0; k < timed; k++) {
            long c0 = bean.getCurrentThreadCpuTime();
            engine.recommend(ServingRequests.request(paths.get(warm + k), s.n()));
            cpu[k] = bean.getCurrentThreadCpuTime() - c0;
        }
        long wall = System.nanoTime() - wall0;
        Map<String, Object> out = Report.object();
        out.put("requests", timed);
        out.put("cpu_us_mean", Report.round(java.util.Arrays.stream(cpu).average().orElse(0) / 1e3, 1));
        out.put("cpu_us_p50", Report.round(Report.percentile(cpu, 50) / 1e3, 1));
        out.put("cpu_us_p99", Report.round(Report.percentile(cpu, 99) / 1e3, 1));
        out.put("wall_us_mean", Report.round(wall / 1e3 / Math.max(1, timed), 1));
        return out;
    }

    private static List<String> items(String body) {
        List<String> out = new ArrayList<>();
        if (body != null) {
            Matcher m = ITEM.matcher(body);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
            .sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
            .sum();
    }
}
