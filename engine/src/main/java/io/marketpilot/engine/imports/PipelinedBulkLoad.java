package io.marketpilot.engine.imports;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Appends chunks to a bulk load on a writer thread while the importing thread reads and cleans the next
 * chunks: the two halves of an import overlap on two cores. At most {@value #MAX_IN_FLIGHT} chunks are queued
 * or being appended, so memory stays bounded, and the single writer appends them in order; two rather than
 * one absorb the chunk-to-chunk variation of either side (a slow chunk on one side no longer stalls the
 * other). A failure surfaces on a later call. It keeps how long the writer was busy and how long the
 * importing thread waited for it: which half bounds the import's speed.
 */
final class PipelinedBulkLoad implements AutoCloseable {
    static final int MAX_IN_FLIGHT = 2;

    private final EventLog.BulkLoad bulk;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-writer");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<AppendResult>> inFlight = new ArrayDeque<>(MAX_IN_FLIGHT);
    private AppendResult total = AppendResult.NONE;
    private long waitedNanos;
    /** Written by the writer thread, read after {@link Future#get} of its last chunk (which orders the two). */
    private volatile long busyNanos;

    PipelinedBulkLoad(EventLog.BulkLoad bulk) {
        this.bulk = bulk;
    }

    void add(List<Event> events) {
        while (inFlight.size() >= MAX_IN_FLIGHT) {
            awaitOldest();
        }
        List<Event> chunk = List.copyOf(events);
        inFlight.addLast(writer.submit(() -> {
            long start = System.nanoTime();
            try {
                return bulk.add(chunk);
            } finally {
                busyNanos += System.nanoTime() - start; // only the writer thread writes it
            }
        }));
    }

    /** How long the importing thread waited for the writer so far. */
    long waitedNanos() {
        return waitedNanos;
    }

    /** How long the writer spent appending the chunks it finished (complete after {@link #drain}). */
    long busyNanos() {
        return busyNanos;
    }

    /** Waits for every chunk; returns what all chunks appended. */
    AppendResult drain() {
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
        return total;
    }

    private void awaitOldest() {
        Future<AppendResult> oldest = inFlight.removeFirst();
        long start = System.nanoTime();
        try {
            total = total.plus(oldest.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            waitedNanos += System.nanoTime() - start;
        }
    }

    @Override
    public void close() {
        try {
            // a failed chunk fails the bulk load, so the chunks queued after it fail fast; all are awaited so
            // nothing still runs against the bulk load when its owner rolls it back
            RuntimeException first = null;
            while (!inFlight.isEmpty()) {
                try {
                    awaitOldest();
                } catch (RuntimeException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            writer.shutdownNow();
        }
    }
}
