package io.marketpilot.store.schema;

/**
 * A database could not be opened for a reason the operator can fix: another process holds it, or it was
 * written by a newer MarketPilot. The message names the file and the remedy; print it, not the stack trace.
 */
public final class StoreOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreOpenException(String message) {
        super(message);
    }

    public StoreOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
