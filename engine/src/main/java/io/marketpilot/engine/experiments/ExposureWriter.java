package io.marketpilot.engine.experiments;

import io.marketpilot.engine.ingest.IngestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes exposure events in batches off the request path: a decision only queues its event (the ledger already
 * counts the exposure), and a daemon thread stores the queue every {@code flushMillis} through the normal ingest
 * path. A durable append per decision would cost a commit (an fsync) on every request. What a crash can lose is
 * the last interval's exposure events: those units then count as never exposed (their outcomes leave the
 * analysis, their assignment stays the same unless the weights changed). {@link #close} stores what is queued.
 */
final class ExposureWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExposureWriter.class);
    private static final int MAX_BATCH = 5_000;
    private final Function<List<Map<String, Object>>, IngestResult> ingest;
    private final Function<Pending, Map<String, Object>> toEvent;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService flusher;

    /** A decided exposure waiting to be written. */
    record Pending(String experiment, String unit, String variant, java.time.Instant at) {
    }

    /** {@code toEvent} runs on the writer thread: it may read the store (the unit's pre-period covariate). */
    ExposureWriter(Function<List<Map<String, Object>>, IngestResult> ingest, long flushMillis,
            Function<Pending, Map<String, Object>> toEvent) {
        this.ingest = ingest;
        this.toEvent = toEvent;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "experiment-exposures");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    void log(Pending exposure) {
        queue.add(exposure);
    }

    /** Stores every queued exposure now (tests, close). */
    synchronized void flush() {
        while (!queue.isEmpty()) {
            List<Pending> taken = new ArrayList<>();
            for (Pending p; taken.size() < MAX_BATCH && (p = queue.poll()) != null; ) {
                taken.add(p);
            }
            IngestResult result;
            try {
                result = ingest.apply(taken.stream().map(toEvent).toList());
            } catch (RuntimeException e) {
                queue.addAll(taken); // kept for the next attempt
                throw e;
            }
            if (!result.rejected().isEmpty()) {
                // our own events: a rejection is a bug, reported with the first reason
                LOG.error("{} exposure events rejected, first: {}", result.rejected().size(),
                        result.rejected().get(0).reason());
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("storing exposure events failed; they stay queued", e);
        }
    }

    @Override
    public void close() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
