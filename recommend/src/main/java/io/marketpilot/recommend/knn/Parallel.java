package io.marketpilot.recommend.knn;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Runs independent work over {@code [0, n)} in chunks on up to {@code threads} platform threads, each with its own
 * scratch state. Chunks are handed out dynamically because items of skewed popularity cost very different amounts.
 * Progress is the fraction of indices done; the first failure stops further chunks and is rethrown here.
 */
final class Parallel {
    private Parallel() {}

    /** The work for {@code [from, to)} with this worker's scratch. */
    @FunctionalInterface
    interface Range<S> {
        void run(S scratch, int from, int to);
    }

    static <S> void run(int n, int chunk, int threads, Supplier<S> scratch, Range<S> task, DoubleConsumer progress) {
        int workers = (int) Math.min(threads, (n + (long) chunk - 1) / chunk);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                S s = scratch.get();
                for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                    int to = Math.min(n, from + chunk);
                    task.run(s, from, to);
                    synchronized (progress) {
                        // counted inside the lock so the reported fractions never go backwards
                        progress.accept((double) done.addAndGet(to - from) / n);
                    }
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
                helpers[w] = Thread.ofPlatform().name("knn-worker-" + w).daemon().start(worker);
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
                    // the helpers write into shared result arrays: wait for them, then re-raise the interrupt
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
