package io.marketpilot.bench;

import io.marketpilot.engine.Engine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Ingests open-loop at a fixed rate on its own thread while the bench creates segments, and keeps how long each
 * {@code ingestEvents} call took and how late each batch finished after its due time: the longest call is the
 * longest stall a creation caused (a creation that blocks ingest shows up as one call as long as itself).
 */
final class IngestDuringCreations implements AutoCloseable {
    /** Event sequence numbers of this phase start here, apart from the main ingest phase's. */
    private static final long FIRST_SEQ = 1L << 40;

    private final Engine engine;
    private final Clock clock;
    private final long customers;
    private final int batch;
    private final long intervalNanos;
    private final SplittableRandom random;
    private final Thread thread;
    private final List<long[]> calls = new ArrayList<>(); // {call micros, lag micros}
    private final StallSampler stalls;
    private volatile boolean stop;
    private volatile RuntimeException failure;

    private IngestDuringCreations(Engine engine, Clock clock, long customers, long rate, int batch, long seed) {
        this.engine = engine;
        this.clock = clock;
        this.customers = customers;
        this.batch = batch;
        this.intervalNanos = batch * 1_000_000_000L / rate;
        this.random = new SplittableRandom(seed + 2);
        this.stalls = new StallSampler(Thread.currentThread());
        this.thread = Thread.ofPlatform().name("bench-ingest-during-creations").start(this::run);
        stalls.watch(thread);
    }

    static IngestDuringCreations start(Engine engine, Clock clock, long customers, long rate, int batch, long seed) {
        return new IngestDuringCreations(engine, clock, customers, rate, batch, seed);
    }

    private void run() {
        long start = System.nanoTime();
        long seq = FIRST_SEQ;
        try {
            for (long b = 0; !stop; b++) {
                long due = start + b * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                List<Map<String, Object>> wire = new ArrayList<>(batch);
                for (int k = 0; k < batch; k++) {
                    wire.add(SegmentsBench.wire(SegmentShop.event(random, seq++, customers, clock.instant())));
                }
                long t = System.nanoTime();
                stalls.callStarted(t);
                engine.ingestEvents(wire);
                long end = System.nanoTime();
                stalls.callEnded(t, end);
                synchronized (calls) {
                    calls.add(new long[] {(end - t) / 1000, (end - due) / 1000});
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Stops after the batch in flight and puts the phase's numbers into the report. */
    void report(Map<String, Object> report) {
        close();
        if (failure != null) {
            throw failure;
        }
        long[] call;
        long[] lag;
        synchronized (calls) {
            call = calls.stream().mapToLong(c -> c[0]).toArray();
            lag = calls.stream().mapToLong(c -> c[1]).toArray();
        }
        report.put("during_creations_ingested_events", (long) call.length * batch);
        if (call.length == 0) {
            return;
        }
        report.put("during_creations_ingest_call_ms_p50", Report.round(Report.percentile(call, 50) / 1000.0, 1));
        report.put("during_creations_ingest_call_ms_p99", Report.round(Report.percentile(call, 99) / 1000.0, 1));
        report.put("during_creations_longest_ingest_stall_ms", Report.round(Report.percentile(call, 100) / 1000.0, 1));
        report.put("during_creations_lag_ms_p99", Report.round(Report.percentile(lag, 99) / 1000.0, 1));
        report.put("during_creations_lag_ms_max", Report.round(Report.percentile(lag, 100) / 1000.0, 1));
        report.put("during_creations_longest_stalls", stalls.longest());
    }

    @Override
    public void close() {
        stop = true;
        stalls.close();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
