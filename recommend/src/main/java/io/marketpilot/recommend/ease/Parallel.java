package io.marketpilot.recommend.ease;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;

/**
 * Runs independent work over {@code [0, n)} in chunks on up to {@code threads} platform threads. Chunks are handed
 * out dynamically (an atomic cursor) because rows of a triangle, or items of skewed degree, cost very different
 * amounts. The first failure stops further chunks and is rethrown on the calling thread.
 */
final class Parallel {
    private Parallel() {}

    /** The work for rows {@code [from, to)}. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    static void run(int n, int chunk, int threads, Range task) {
        int workers = (int) Math.min(threads, (n + (long) chunk - 1) / chunk);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                    task.run(from, Math.min(n, from + chunk));
                }
            } catch (RuntimeException | Error e) {
                next.set(n);
                failure.compareAndSet(null, e);
            }
        };
        if (workers <= 1) {
            worker.run();
        } else {
            Thread[] helpers = new Thread[workers - 1];
            for (int w = 0; w < helpers.length; w++) {
                helpers[w] = Thread.ofPlatform().name("ease-worker-" + w).daemon().start(worker);
            }
            worker.run();
            join(helpers);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private static void join(Thread[] threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    // the helpers hold references into shared arrays: wait for them, then re-raise the interrupt
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Progress over a sub-range {@code [from, to)} of the overall 0..1, safe to call from any worker. */
    static DoubleConsumer span(DoubleConsumer progress, double from, double to) {
        return f -> {
            synchronized (progress) {
                progress.accept(from + (to - from) * Math.min(1, Math.max(0, f)));
            }
        };
    }
}
