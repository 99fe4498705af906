package io.marketpilot.recommend.content;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/**
 * Every item's top-k most similar items, computed through the inverted index. Items are striped over the threads
 * and each writes only its own rows, so the result does not depend on the thread count.
 */
final class NeighbourLists {
    private NeighbourLists() {}

    static Rows of(VectorIndex index, int k, int threads, DoubleConsumer progress) {
        int n = index.vectors().itemCount();
        int[][] items = new int[n][];
        float[][] sims = new float[n][];
        AtomicInteger done = new AtomicInteger();
        Thread[] workers = new Thread[Math.max(1, Math.min(threads, n / 256 + 1))];
        for (int t = 0; t < workers.length; t++) {
            int stripe = t;
            workers[t] = Thread.ofPlatform().name("content-neighbours-" + t).start(() -> {
                VectorIndex.Scratch scratch = new VectorIndex.Scratch(n);
                int[] bufItems = new int[k];
                float[] bufSims = new float[k];
                for (int i = stripe; i < n; i += workers.length) {
                    int found = index.neighbours(i, k, scratch, bufItems, bufSims);
                    items[i] = Arrays.copyOf(bufItems, found);
                    sims[i] = Arrays.copyOf(bufSims, found);
                    int d = done.incrementAndGet();
                    if (stripe == 0 && d % 512 == 0) {
                        progress.accept(d / (double) n);
                    }
                }
            });
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing content neighbours", e);
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + items[i].length;
        }
        int[] col = new int[start[n]];
        float[] value = new float[start[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items[i], 0, col, start[i], items[i].length);
            System.arraycopy(sims[i], 0, value, start[i], sims[i].length);
        }
        return new Rows(start, col, value);
    }
}
