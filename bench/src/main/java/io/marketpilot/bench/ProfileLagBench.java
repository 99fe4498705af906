package io.marketpilot.bench;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Event → profile lag under a sustained rate: a producer thread releases events at {@code --rate} per second (each
 * stamped with its release time); the ingest loop takes whatever has been released (up to {@code --batch}), ingests it
 * through {@link Engine#ingestEvents} (validate, clean, durable append, then the profile fold on the ingest callback)
 * and records, per event, release → profile updated. Checks afterwards that sampled profiles count every event.
 */
public final class ProfileLagBench {
    private static final String USAGE = """
            bench/profile-lag [--rate 5000] [--seconds 60] [--warmup-seconds 10] [--customers 100000] [--items 10000]
                              [--batch 2000] [--seed 1] [--work-dir DIR] [--keep] [--help]
            """;

    private record Released(Map<String, Object> event, long at, int customer) {}

    private ProfileLagBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, Set.of("rate", "seconds", "warmup-seconds", "customers", "items", "batch",
                "seed", "work-dir"), Set.of("help", "keep"));
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        int rate = a.integer("rate", 5_000, 1, 1_000_000);
        int seconds = a.integer("seconds", 60, 1, 3600);
        int warmup = a.integer("warmup-seconds", 10, 0, 600);
        int customers = a.integer("customers", 100_000, 1, 10_000_000);
        int items = a.integer("items", 10_000, 1, 1_000_000);
        int batch = a.integer("batch", 2_000, 1, 10_000);
        long seed = a.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Path workParent = a.path("work-dir", null);
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("profile-lag: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        Map<String, Object> report = Report.object();
        report.put("benchmark", "profile-lag");
        report.put("rate_per_second", rate);
        report.put("seconds", seconds);
        report.put("customers", customers);
        report.put("load_avg_at_start", Report.loadAverage());
        try (WorkDir work = WorkDir.create(workParent, "marketpilot-profile-lag-", a.flag("keep"));
             Engine engine = Engine.open(EngineConfig.at(work.resolve("data")), Clock.systemUTC())) {
            List<Map<String, Object>> catalogue = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                catalogue.add(Map.of("item_id", "sku-" + i, "title", "item " + i, "category", List.of("c" + i % 50),
                        "brand", "b" + i % 200, "price", 5 + i % 100));
                if (catalogue.size() == 5_000 || i == items - 1) {
                    engine.upsertItems(catalogue);
                    catalogue.clear();
                }
            }
            engine.profiles().load();
            int[] perCustomer = new int[customers];
            long[] lags = run(engine, new Random(seed), rate, warmup, customers, items, batch, null, "w");
            System.err.printf("warm-up done (%,d events); measuring %d s at %,d/s …%n", lags.length, seconds, rate);
            long t0 = System.nanoTime();
            lags = run(engine, new Random(seed + 1), rate, seconds, customers, items, batch, perCustomer, "m");
            long elapsed = System.nanoTime() - t0;
            report.put("events", lags.length);
            report.put("achieved_rate_per_second", Report.perSecond(lags.length, elapsed));
            report.put("lag_ms_p50", Report.ms(Report.percentile(lags, 50)));
            report.put("lag_ms_p99", Report.ms(Report.percentile(lags, 99)));
            report.put("lag_ms_max", Report.ms(Report.percentile(lags, 100)));
            report.put("profiles", engine.profiles().size());
            report.put("sampled_profiles_complete", verify(engine, perCustomer, new Random(seed)));
        }
        Report.machine(report);
        System.out.println(Report.json(report));
    }

    private static long[] run(Engine engine, Random random, int rate, int seconds, int customers, int items, int batch,
                              int[] perCustomer, String prefix) {
        int total = rate * seconds;
        ConcurrentLinkedQueue<Released> queue = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        Thread producer = Thread.ofPlatform().name("producer").start(() -> {
            for (int i = 0; i < total; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 200_000) {
                    LockSupport.parkNanos(wait);
                }
                int c = random.nextInt(customers);
                double u = random.nextDouble();
                Map<String, Object> e = new HashMap<>();
                e.put("event_id", prefix + i);
                e.put("type", u < 0.7 ? "view" : u < 0.88 ? "add_to_cart" : "purchase");
                e.put("user_id", "u" + c);
                e.put("item_id", "sku-" + random.nextInt(items));
                e.put("price", 5 + random.nextInt(100));
                e.put("timestamp", Instant.now().toString());
                queue.add(new Released(e, System.nanoTime(), c));
            }
        });
        long[] lags = new long[total];
        int done = 0;
        List<Released> taken = new ArrayList<>(batch);
        List<Map<String, Object>> events = new ArrayList<>(batch);
        while (done < total) {
            taken.clear();
            events.clear();
            for (Released r = queue.poll(); r != null; r = taken.size() + 1 < batch ? queue.poll() : null) {
                taken.add(r);
                events.add(r.event());
            }
            if (taken.isEmpty()) {
                LockSupport.parkNanos(100_000);
                continue;
            }
            engine.ingestEvents(events);
            long now = System.nanoTime();
            for (Released r : taken) {
                lags[done++] = now - r.at();
                if (perCustomer != null) {
                    perCustomer[r.customer()]++;
                }
            }
        }
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lags;
    }

    /** 200 sampled customers: the profile counts at least the measured events (warm-up events may add more). */
    private static boolean verify(Engine engine, int[] perCustomer, Random random) {
        for (int i = 0; i < 200; i++) {
            int c = random.nextInt(perCustomer.length);
            if (perCustomer[c] == 0) {
                continue;
            }
            var p = engine.profiles().profile("u" + c);
            int counted = p.map(x -> x.eventCounts().values().stream().mapToInt(Integer::intValue).sum()).orElse(0);
            if (counted < perCustomer[c]) {
                System.err.printf("u%d: profile counts %d events, measured run sent %d%n", c, counted, perCustomer[c]);
                return false;
            }
        }
        return true;
    }
}
