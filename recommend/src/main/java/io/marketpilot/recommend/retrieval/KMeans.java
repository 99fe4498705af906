package io.marketpilot.recommend.retrieval;

import java.util.SplittableRandom;

/**
 * Lloyd's k-means on row-major vectors, seeded: starts from distinct random rows, iterates on a sample of at most
 * {@link #SAMPLE_PER_CLUSTER} rows per cluster (as FAISS does: more rarely moves a centroid), re-seeds a cluster
 * that runs empty with a random row, then assigns every row to its nearest centroid. The nearest centroid by
 * Euclidean distance is the one maximising {@code x·c − |c|²/2}, so assignment is one matrix of dot products.
 */
final class KMeans {
    static final int SAMPLE_PER_CLUSTER = 64;

    private KMeans() {}

    /** Centroids ({@code clusters × k}, row-major) and each row's cluster. */
    record Result(float[] centroids, int clusters, int[] assignment) {}

    static Result run(float[] rows, int n, int k, int clusters, int iterations, long seed, InnerProducts dots) {
        if (clusters < 1 || clusters > n) {
            throw new IllegalArgumentException("clusters must be in 1.." + n + ", was " + clusters);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] sample = sample(n, Math.min(n, clusters * SAMPLE_PER_CLUSTER), random);
        float[] centroids = new float[clusters * k];
        int[] start = sample(sample.length, clusters, random);
        for (int c = 0; c < clusters; c++) {
            System.arraycopy(rows, sample[start[c]] * k, centroids, c * k, k);
        }
        int[] assigned = new int[sample.length];
        for (int it = 0; it < iterations; it++) {
            assign(rows, sample, k, centroids, clusters, dots, assigned);
            double[] sums = new double[clusters * k];
            int[] counts = new int[clusters];
            for (int s = 0; s < sample.length; s++) {
                int c = assigned[s];
                counts[c]++;
                int o = sample[s] * k;
                for (int f = 0; f < k; f++) {
                    sums[c * k + f] += rows[o + f];
                }
            }
            for (int c = 0; c < clusters; c++) {
                if (counts[c] == 0) {
                    System.arraycopy(rows, sample[random.nextInt(sample.length)] * k, centroids, c * k, k);
                    continue;
                }
                for (int f = 0; f < k; f++) {
                    centroids[c * k + f] = (float) (sums[c * k + f] / counts[c]);
                }
            }
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[] assignment = new int[n];
        assign(rows, all, k, centroids, clusters, dots, assignment);
        return new Result(centroids, clusters, assignment);
    }

    /** {@code out[s]} = the cluster nearest to row {@code ids[s]}. */
    private static void assign(float[] rows, int[] ids, int k, float[] centroids, int clusters, InnerProducts dots,
                               int[] out) {
        float[] halfNorm = new float[clusters];
        for (int c = 0; c < clusters; c++) {
            halfNorm[c] = dots.dot(centroids, c * k, centroids, c * k, k) / 2;
        }
        float[] query = new float[k];
        float[] score = new float[clusters];
        for (int s = 0; s < ids.length; s++) {
            System.arraycopy(rows, ids[s] * k, query, 0, k);
            dots.rowRange(centroids, k, 0, clusters, query, score, 0);
            int best = 0;
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < clusters; c++) {
                float v = score[c] - halfNorm[c];
                if (v > bestScore) {
                    bestScore = v;
                    best = c;
                }
            }
            out[s] = best;
        }
    }

    /** {@code m} distinct indices of {@code 0..n) in random order (partial Fisher–Yates). */
    private static int[] sample(int n, int m, SplittableRandom random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, m);
    }
}
