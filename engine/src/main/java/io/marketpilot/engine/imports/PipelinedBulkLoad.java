package io.marketpilot.engine.imports;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Appends chunks to a bulk load on a writer thread while the importing thread reads and cleans the next
 * chunk: the two halves of an import overlap on two cores. At most one chunk is in flight, so memory stays
 * bounded and chunks are appended in order. A failure surfaces on the next call. It keeps how long the writer
 * was busy and how long the importing thread waited for it: which half bounds the import's speed.
 */
final class PipelinedBulkLoad implements AutoCloseable {
    private final EventLog.BulkLoad bulk;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<AppendResult> inFlight;
    private AppendResult total = AppendResult.NONE;
    private long waitedNanos;
    /** Written by the writer thread, read after {@link Future#get} (which orders the two). */
    private long busyNanos;

    PipelinedBulkLoad(EventLog.BulkLoad bulk) {
        this.bulk = bulk;
    }

    void add(List<Event> events) {
        awaitInFlight();
        List<Event> chunk = List.copyOf(events);
        inFlight = writer.submit(() -> {
            long start = System.nanoTime();
            try {
                return bulk.add(chunk);
            } finally {
                busyNanos += System.nanoTime() - start;
            }
        });
    }

    /** How long the importing thread waited for the writer so far. */
    long waitedNanos() {
        return waitedNanos;
    }

    /** How long the writer spent appending the chunks it finished (complete after {@link #drain}). */
    long busyNanos() {
        return busyNanos;
    }

    /** Waits for the last chunk; returns what all chunks appended. */
    AppendResult drain() {
        awaitInFlight();
        return total;
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            total = total.plus(inFlight.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            inFlight = null;
            waitedNanos += System.nanoTime() - start;
        }
    }

    @Override
    public void close() {
        try {
            awaitInFlight();
        } finally {
            writer.shutdownNow();
        }
    }
}
