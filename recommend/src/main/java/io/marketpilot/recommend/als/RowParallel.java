package io.marketpilot.recommend.als;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a range of rows on a fixed set of workers that take chunks from a shared counter. Which worker gets which
 * chunk varies from run to run, so callers must make each row's result independent of that (ALS does: a row's
 * update reads only the other side). One worker runs on the calling thread; with one thread no pool exists.
 */
final class RowParallel implements AutoCloseable {
    /** Work on rows {@code [from, to)} as worker number {@code worker} (for per-worker scratch space). */
    @FunctionalInterface
    interface Body {
        void rows(int worker, int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    RowParallel(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "ials-worker");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    int threads() {
        return threads;
    }

    void run(int n, int chunk, Body body) {
        if (pool == null || n <= chunk) {
            body.rows(0, 0, n);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(threads - 1);
        for (int w = 1; w < threads; w++) {
            int worker = w;
            futures.add(pool.submit(() -> drain(next, n, chunk, worker, body)));
        }
        drain(next, n, chunk, 0, body);
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static void drain(AtomicInteger next, int n, int chunk, int worker, Body body) {
        for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
            body.rows(worker, from, Math.min(n, from + chunk));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
