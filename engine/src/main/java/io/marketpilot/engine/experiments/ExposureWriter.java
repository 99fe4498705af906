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
    private final ConcurrentLinkedQueue<Map<String, Object>> queue = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService flusher;

    ExposureWriter(Function<List<Map<String, Object>>, IngestResult> ingest, long flushMillis) {
        this.ingest = ingest;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "experiment-exposures");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    void log(Map<String, Object> event) {
        queue.add(event);
    }

    /** Stores every queued exposure now (tests, close). */
    synchronized void flush() {
        while (!queue.isEmpty()) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Map<String, Object> e; batch.size() < MAX_BATCH && (e = queue.poll()) != null; ) {
                batch.add(e);
            }
            IngestResult result;
            try {
                result = ingest.apply(batch);
            } catch (RuntimeException e) {
                queue.addAll(batch); // kept for the next attempt
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
