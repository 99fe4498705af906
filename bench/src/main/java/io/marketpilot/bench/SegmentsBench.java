package io.marketpilot.bench;

import io.marketpilot.automation.segment.LiveSegments;
import io.marketpilot.core.event.Event;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.segment.SegmentCreation;
import io.marketpilot.engine.segment.SegmentPreview;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/segments}: a shop of {@code --customers} customers and {@code --events} events written into a fresh
 * data dir; then (1) a new segment with a 30-day window is created — batch SQL backfill, history, online state —
 * (2) more segments up to {@code --segments}, (3) events ingested open-loop at {@code --rate}/s for
 * {@code --seconds} while every segment stays current (the creations of (2) already run while events are ingested at
 * that rate on another thread: the longest ingest call then is the longest stall a creation caused): the lag from an event batch's due time until its
 * memberships are updated (ingest returns only then), and (4) the online state's memory. Prints one JSON object.
 */
public final class SegmentsBench {
    static final ShopRun.Command COMMAND = new ShopRun.Command("segments", """
            usage: bench/segments [--customers 1000000] [--events 10000000] [--segments 50] [--rate 5000]
                                  [--seconds 60] [--batch 1000] [--seed 7] [--work-dir DIR] [--keep]
                                  [--profiles] [--histogram]
              --profiles   load every profile first, as a server does at start (ingest then folds them too)
              --histogram  attribute the live heap to the engine's parts after the creations and at the end
            """, Set.of("customers", "events", "segments", "rate", "seconds", "batch", "seed"),
            Set.of("profiles", "histogram"));

    private SegmentsBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = COMMAND.parse(args);
        long customers = a.number("customers", 1_000_000, 1, 50_000_000);
        long events = a.number("events", 10_000_000, 0, 500_000_000);
        int segments = (int) a.number("segments", 50, 1, 1000);
        long rate = a.number("rate", 5_000, 1, 1_000_000);
        long seconds = a.number("seconds", 60, 1, 3600);
        int batch = (int) a.number("batch", 1000, 1, 10_000);
        long seed = a.number("seed", 7, 0, Long.MAX_VALUE);
        COMMAND.validate(a);
        try (ShopRun run = ShopRun.start(COMMAND, a, customers, "marketpilot-segments-")) {
            Map<String, Object> report = run.report();
            report.put("events", events);
            run.setUp(data -> SegmentShop.write(data, customers, events, seed, System.err));
            MovingClock clock = new MovingClock(SegmentShop.NOW);
            try (Engine engine = run.engine(clock)) {
                if (a.flag("profiles")) {
                    System.err.println("loading the profiles …");
                    long p = System.nanoTime();
                    engine.profiles().load();
                    report.put("profiles_load_seconds", Report.round((System.nanoTime() - p) / 1e9, 1));
                    report.put("profiles", engine.profiles().size());
                }
                run(engine, clock, report, customers, segments, rate, seconds, batch, seed, a.flag("histogram"),
                        System.err);
                if (a.flag("histogram")) {
                    report.put("heap_at_end", HeapAttribution.of(engine, customers));
                }
            }
            run.print();
        }
    }

    static void run(Engine engine, MovingClock clock, Map<String, Object> report, long customers, int segments,
                    long rate, long seconds, int batch, long seed, boolean histogram, PrintStream log) {
        log.println("preview (batch SQL only) of the 30-day segment …");
        var preview = (SegmentPreview.Sized) engine.segments().preview(SegmentSet.phoneBuyers(), 0);
        report.put("new_segment_batch_sql_seconds", Report.round(preview.seconds(), 2));
        long heapBefore = Math.round(ProcessStats.heapLiveMb() * 1048576.0); // live heap before any segment exists
        log.println("creating the 30-day segment …");
        long t = System.nanoTime();
        var created = (SegmentCreation.Created) engine.segments().create(SegmentSet.phoneBuyers());
        report.put("new_segment_backfill_seconds", Report.round((System.nanoTime() - t) / 1e9, 2));
        report.put("new_segment_members", created.segment().size());

        List<Double> creates = new ArrayList<>();
        // the other creations run while events are ingested at the same rate on another thread: how long does
        // a creation stall ingest?
        log.printf("creating %d more segments while ingesting %,d events/s …%n", segments - 1, rate);
        IngestDuringCreations during = IngestDuringCreations.start(engine, clock, customers, rate, batch, seed);
        for (Map<String, Object> d : SegmentSet.more(segments - 1)) {
            t = System.nanoTime();
            SegmentCreation c = engine.segments().create(d);
            if (c instanceof SegmentCreation.Rejected r) {
                throw new IllegalStateException(d + ": " + r.problems());
            }
            creates.add((System.nanoTime() - t) / 1e9);
            log.printf("segment %d of %d created (%.1f s)%n", creates.size() + 1, segments, creates.getLast());
        }
        during.report(report);
        report.put("segments", segments);
        report.put("other_segments_create_seconds_total", Report.round(creates.stream().mapToDouble(x -> x).sum(), 1));
        report.put("other_segments_create_seconds_max", Report.round(creates.stream().mapToDouble(x -> x).max().orElse(0), 2));
        memory(engine, report, "after_backfill", heapBefore, customers);
        if (histogram) {
            report.put("heap_after_creations", HeapAttribution.of(engine, customers));
        }

        AtomicLong changes = new AtomicLong();
        engine.segments().listen(c -> changes.addAndGet(c.size()));
        clock.run(); // from here time passes for real, from NOW on
        log.printf("ingesting %,d events/s for %d s …%n", rate, seconds);
        SplittableRandom r = new SplittableRandom(seed + 1);
        long intervalNanos = batch * 1_000_000_000L / rate;
        long batches = seconds * rate / batch;
        long[] lagMicros = new long[(int) batches];
        long start = System.nanoTime();
        long cpu0 = ProcessStats.cpuNanos();
        long seq = 0;
        for (int b = 0; b < batches; b++) {
            long due = start + b * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            List<Map<String, Object>> wire = new ArrayList<>(batch);
            for (int k = 0; k < batch; k++) {
                wire.add(wire(SegmentShop.event(r, seq++, customers, clock.instant())));
            }
            engine.ingestEvents(wire);
            lagMicros[b] = (System.nanoTime() - due) / 1000;
        }
        long took = System.nanoTime() - start;
        report.put("ingest_offered_events_per_s", rate);
        report.put("ingest_achieved_events_per_s", Report.perSecond(batches * batch, took));
        report.put("ingest_batch", batch);
        report.put("lag_ms_p50", Report.round(Report.percentile(lagMicros, 50) / 1000.0, 1));
        report.put("lag_ms_p99", Report.round(Report.percentile(lagMicros, 99) / 1000.0, 1));
        report.put("lag_ms_max", Report.round(Report.percentile(lagMicros, 100) / 1000.0, 1));
        report.put("ingest_cpu_cores_used", Report.round((ProcessStats.cpuNanos() - cpu0) / (double) took, 2));
        report.put("membership_changes_during_ingest", changes.get());
        memory(engine, report, "after_ingest", heapBefore, customers);
    }

    /**
     * The online state's own count of the bytes it holds (it is nothing but primitive arrays), and, as a check that
     * does not trust that count, the growth of the whole process's live heap since before the first segment.
     */
    private static void memory(Engine engine, Map<String, Object> report, String when, long heapBefore,
                               long customers) {
        LiveSegments.StateFootprint f = engine.segments().footprint();
        Map<String, Object> m = new HashMap<>();
        m.put("customers_indexed", f.customers());
        m.put("customers_with_entries", f.buffered());
        m.put("state_mb", Report.round(f.bytes() / 1e6, 1));
        m.put("bytes_per_customer", f.bytes() / customers);
        m.put("timers_queued", f.timers());
        long live = Math.round(ProcessStats.heapLiveMb() * 1048576.0);
        m.put("heap_live_mb_whole_process", Math.round(live / 1048576.0));
        m.put("heap_growth_since_before_segments_mb", Report.round((live - heapBefore) / 1e6, 1));
        m.put("heap_growth_bytes_per_customer", (live - heapBefore) / customers);
        report.put("online_state_" + when, m);
    }

    static Map<String, Object> wire(Event e) {
        Map<String, Object> m = new HashMap<>();
        m.put("event_id", "live-" + e.id().value());
        m.put("type", e.type().wireName());
        m.put("user_id", e.userId().value());
        m.put("item_id", e.itemId().value());
        m.put("timestamp", e.timestamp().toString());
        m.put("quantity", e.quantity());
        m.put("price", e.price());
        m.put("currency", e.currency());
        return m;
    }

    /** Stands still at NOW while the shop is backfilled, then runs at wall-clock speed. */
    static final class MovingClock extends Clock {
        private final Instant origin;
        private volatile long runningSince = -1;

        MovingClock(Instant origin) {
            this.origin = origin;
        }

        void run() {
            runningSince = System.nanoTime();
        }

        @Override
        public Instant instant() {
            long since = runningSince;
            return since < 0 ? origin : origin.plusNanos(System.nanoTime() - since);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
