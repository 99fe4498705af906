package io.marketpilot.testkit;

/**
 * A store opened by a contract suite's factory, with what closes it (the owner of the connection, which
 * may serve several stores). Closing twice is allowed.
 */
public record StoreHandle<T>(T store, AutoCloseable owner) implements AutoCloseable {
    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the store failed: " + e.getMessage(), e);
        }
    }
}
