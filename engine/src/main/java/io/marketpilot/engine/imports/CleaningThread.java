package io.marketpilot.engine.imports;

import io.marketpilot.data.adapter.WireRecord;
import io.marketpilot.data.cleaning.EventCleaner;
import io.marketpilot.data.cleaning.ParsedEvents;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses and cleans one chunk of event rows ({@link EventCleaner#parse}) on its own thread while the importing
 * thread reads the next chunk. At most one chunk is in flight; the caller finishes it (bot detection, bad rows,
 * bulk load) in order before starting the next. A failure surfaces from {@link #await()}.
 */
final class CleaningThread implements AutoCloseable {
    private final EventCleaner cleaner;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-cleaner");
        t.setDaemon(true);
        return t;
    });
    private Future<ParsedEvents> inFlight;
    private List<WireRecord> rows;

    CleaningThread(EventCleaner cleaner) {
        this.cleaner = cleaner;
    }

    boolean busy() {
        return inFlight != null;
    }

    /** The rows of the chunk in flight (for the indexes of its rejections). */
    List<WireRecord> rows() {
        return rows;
    }

    void start(List<WireRecord> chunk, List<Map<String, Object>> fields) {
        if (inFlight != null) {
            throw new IllegalStateException("a chunk is already being cleaned");
        }
        rows = chunk;
        inFlight = thread.submit(() -> cleaner.parse(fields));
    }

    ParsedEvents await() {
        try {
            return inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            inFlight = null;
            rows = null;
        }
    }

    @Override
    public void close() {
        if (inFlight != null) {
            inFlight.cancel(true);
            inFlight = null;
        }
        thread.shutdownNow();
    }
}
