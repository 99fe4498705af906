package io.marketpilot.engine.ingest;

/** A batch over the configured limit; nothing of it was stored. */
public final class BatchTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int size;
    private final int limit;

    public BatchTooLargeException(int size, int limit) {
        super("a batch may carry at most " + limit + " records, this one has " + size + "; split it into smaller batches");
        this.size = size;
        this.limit = limit;
    }

    public int size() {
        return size;
    }

    public int limit() {
        return limit;
    }
}
