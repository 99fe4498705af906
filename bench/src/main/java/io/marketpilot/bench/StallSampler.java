package io.marketpilot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Says what a stalled ingest call waited for: while a call has run longer than {@link #SAMPLE_AFTER_NANOS}, every
 * {@link #EVERY_NANOS} the ingest thread's and the other watched thread's (the creating one) stacks are sampled and
 * counted by where they stand, and so are the engine's threads that write to the event log when they are running (the top frame, and the nearest MarketPilot frame under it); the GC time the call
 * overlapped is taken from the collectors' counters. Keeps the {@link #KEEP} longest calls.
 */
final class StallSampler implements AutoCloseable {
    private static final long SAMPLE_AFTER_NANOS = 300_000_000L;
    private static final long EVERY_NANOS = 50_000_000L;
    private static final long REPORT_AT_NANOS = 1_000_000_000L;
    private static final int KEEP = 6;

    private final Thread creator;
    private volatile Thread ingest;
    private volatile long callStart; // 0: no call running
    private volatile long gcAtStart;
    private final Map<String, Integer> ingestSamples = new TreeMap<>();
    private final Map<String, Integer> creatorSamples = new TreeMap<>();
    private final Map<String, Integer> otherSamples = new TreeMap<>();
    private final List<Map<String, Object>> kept = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean stop;

    StallSampler(Thread creator) {
        this.creator = creator;
        this.sampler = Thread.ofPlatform().daemon().name("bench-stall-sampler").start(this::run);
    }

    void watch(Thread ingestThread) {
        ingest = ingestThread;
    }

    void callStarted(long nanos) {
        synchronized (this) {
            ingestSamples.clear();
            creatorSamples.clear();
            otherSamples.clear();
        }
        gcAtStart = gcMillis();
        callStart = nanos;
    }

    void callEnded(long start, long end) {
        callStart = 0;
        if (end - start < REPORT_AT_NANOS) {
            return;
        }
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("ms", Report.round((end - start) / 1e6, 1));
        call.put("gc_ms_during", gcMillis() - gcAtStart);
        synchronized (this) {
            call.put("ingest_thread_at", sorted(ingestSamples));
            call.put("creating_thread_at", sorted(creatorSamples));
            call.put("engine_threads_at", sorted(otherSamples));
            kept.add(call);
            kept.sort(Comparator.comparingDouble(m -> -((Double) m.get("ms"))));
            if (kept.size() > KEEP) {
                kept.removeLast();
            }
        }
    }

    synchronized List<Map<String, Object>> longest() {
        return List.copyOf(kept);
    }

    private void run() {
        while (!stop) {
            LockSupport.parkNanos(EVERY_NANOS);
            long started = callStart;
            Thread t = ingest;
            if (started != 0 && t != null && System.nanoTime() - started > SAMPLE_AFTER_NANOS) {
                String i = where(t.getStackTrace());
                String c = where(creator.getStackTrace());
                List<String> others = engineThreads();
                synchronized (this) {
                    if (callStart == started) {
                        ingestSamples.merge(i, 1, Integer::sum);
                        creatorSamples.merge(c, 1, Integer::sum);
                        others.forEach(o -> otherSamples.merge(o, 1, Integer::sum));
                    }
                }
            }
        }
    }

    /**
     * Where the engine's own background threads that take the event log's writer lock stand (the history writer,
     * the idle checkpointer), unless parked idle: a stalled ingest may wait for one of them.
     */
    private static List<String> engineThreads() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            String name = e.getKey().getName();
            if ((name.startsWith("events-checkpoint") || name.startsWith("segment-history"))
                    && e.getKey().getState() == Thread.State.RUNNABLE) {
                out.add(name.replaceAll("-[^-]*\\.duckdb$", "") + ": " + where(e.getValue()));
            }
        }
        return out;
    }

    /** The top frame, and the nearest frame of our own code below it (not the bench's). */
    private static String where(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "(no frames)";
        }
        String top = stack[0].getClassName() + "." + stack[0].getMethodName();
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("io.marketpilot.") && !c.startsWith("io.marketpilot.bench.") && e != stack[0]) {
                return top + " < " + c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":"
                        + e.getLineNumber();
            }
        }
        return top;
    }

    private static Map<String, Integer> sorted(Map<String, Integer> samples) {
        Map<String, Integer> out = new LinkedHashMap<>();
        samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    @Override
    public void close() {
        stop = true;
    }
}
