package io.marketpilot.store.duckdb;

import java.util.concurrent.Semaphore;

/**
 * The single-writer permit. A semaphore rather than a lock because a bulk load holds it across calls and may
 * be committed from another thread than the one that opened it; FIFO so no writer starves.
 */
final class WriterLock {
    private final Semaphore permit = new Semaphore(1, true);
    private volatile Thread holder;
    private volatile long lastReleased = System.nanoTime();

    void acquire() {
        if (holder == Thread.currentThread()) {
            throw new IllegalStateException("this thread already holds the event log's writer (an open bulk load);"
                    + " add the events to that bulk load, or commit or close it first");
        }
        permit.acquireUninterruptibly();
        holder = Thread.currentThread();
    }

    void release() {
        holder = null;
        lastReleased = System.nanoTime();
        permit.release();
    }

    /** Takes the permit only if nobody holds or waits for it (background work must never delay a writer). */
    boolean tryAcquireIdle() {
        if (permit.hasQueuedThreads() || !permit.tryAcquire()) {
            return false;
        }
        holder = Thread.currentThread();
        return true;
    }

    /** Nanos (System.nanoTime) since a writer last released the permit. */
    long idleNanos() {
        return System.nanoTime() - lastReleased;
    }
}
