package io.marketpilot.bench;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code bench/journey-entry}: an active abandoned-cart journey (add to cart → wait 1 h → message; a purchase
 * exits) over {@code --customers} customers; events (50% views, 40% add-to-cart, 10% purchases, customers drawn
 * uniformly) are ingested open-loop at {@code --rate} per second in batches for {@code --seconds}. An event's
 * entry latency is from its batch's due time until ingest returns, which is after the journey transaction that
 * entered the customer (or moved their run) committed; {@code --no-journey} measures the same ingest without an
 * active journey. Prints one JSON object.
 */
public final class JourneyEntryBench {
    static final ShopRun.Command COMMAND = new ShopRun.Command("journey-entry", """
            usage: bench/journey-entry [--customers 1000000] [--rate 5000] [--seconds 60] [--batch 500] [--seed 7]
                                       [--work-dir DIR] [--keep] [--no-journey]
            """, Set.of("customers", "rate", "seconds", "batch", "seed"), Set.of("no-journey"));

    private JourneyEntryBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = COMMAND.parse(args);
        long customers = a.number("customers", 1_000_000, 1, 50_000_000);
        long rate = a.number("rate", 5_000, 1, 1_000_000);
        long seconds = a.number("seconds", 60, 1, 3600);
        int batch = (int) a.number("batch", 500, 1, 10_000);
        long seed = a.number("seed", 7, 0, Long.MAX_VALUE);
        COMMAND.validate(a);
        try (ShopRun run = ShopRun.start(COMMAND, a, customers, "marketpilot-journeys-")) {
            Map<String, Object> report = run.report();
            run.setUp(data -> JourneyShop.write(data, customers, System.err));
            SegmentsBench.MovingClock clock = new SegmentsBench.MovingClock(JourneyShop.NOW);
            try (Engine engine = run.engine(clock)) {
                JourneyShop.openSink(engine);
                engine.journeys().save(JourneyShop.journey("abandoned-cart", Map.of("type", "event",
                        "event", Map.of("type", "add_to_cart")),
                        List.of(Map.of("id", "wait", "type", "wait", "duration", "1h", "next", "send"))));
                boolean journey = !a.flag("no-journey"); // the baseline: the same ingest without an active journey
                if (journey) {
                    engine.journeys().activate("abandoned-cart");
                }
                report.put("journey_active", journey);
                clock.run();
                System.err.printf("ingesting %,d events/s for %d s …%n", rate, seconds);
                SplittableRandom r = new SplittableRandom(seed);
                long intervalNanos = batch * 1_000_000_000L / rate;
                int batches = (int) (seconds * rate / batch);
                long[] latencyMicros = new long[batches];
                long start = System.nanoTime();
                long cpu0 = ProcessStats.cpuNanos();
                long seq = 0;
                for (int b = 0; b < batches; b++) {
                    long due = start + b * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    List<Map<String, Object>> wire = new ArrayList<>(batch);
                    for (int k = 0; k < batch; k++) {
                        wire.add(event(r, seq++, customers, clock));
                    }
                    engine.ingestEvents(wire);
                    latencyMicros[b] = (System.nanoTime() - due) / 1000;
                }
                long took = System.nanoTime() - start;
                JourneyReport rep = engine.journeys().report("abandoned-cart").orElseThrow();
                report.put("offered_events_per_s", rate);
                report.put("achieved_events_per_s", Report.perSecond((long) batches * batch, took));
                report.put("batch", batch);
                report.put("entered", rep.entered());
                report.put("exited_by", rep.exitedBy());
                report.put("entry_latency_ms_p50", Report.round(Report.percentile(latencyMicros, 50) / 1000.0, 1));
                report.put("entry_latency_ms_p99", Report.round(Report.percentile(latencyMicros, 99) / 1000.0, 1));
                report.put("entry_latency_ms_max", Report.round(Report.percentile(latencyMicros, 100) / 1000.0, 1));
                report.put("cpu_cores_used", Report.round((ProcessStats.cpuNanos() - cpu0) / (double) took, 2));
            }
            run.print();
        }
    }

    private static Map<String, Object> event(SplittableRandom r, long seq, long customers, java.time.Clock clock) {
        int kind = r.nextInt(10);
        Map<String, Object> m = new HashMap<>();
        m.put("event_id", "j" + seq);
        m.put("type", kind < 5 ? "view" : kind < 9 ? "add_to_cart" : "purchase");
        m.put("user_id", JourneyShop.user(r.nextLong(customers)));
        m.put("item_id", "i" + r.nextInt(10_000));
        m.put("price", 10);
        m.put("timestamp", clock.instant().toString());
        return m;
    }
}
