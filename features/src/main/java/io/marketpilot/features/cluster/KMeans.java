package io.marketpilot.features.cluster;

import java.util.Random;

/**
 * Lloyd's k-means with k-means++ seeding (Arthur & Vassilvitskii 2007) on rows of equal length. Deterministic for a
 * seed; stops when no point changes cluster or after {@code maxIterations}.
 */
final class KMeans {
    record Result(double[][] centroids, int[] assignment, double inertia, int iterations) {}

    private KMeans() {}

    static Result fit(double[][] points, int k, long seed, int maxIterations) {
        int n = points.length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and the number of customers (" + n + "), got " + k);
        }
        double[][] centroids = seedPlusPlus(points, k, new Random(seed));
        int[] assignment = new int[n];
        java.util.Arrays.fill(assignment, -1);
        int it = 0;
        boolean changed = true;
        while (changed && it < maxIterations) {
            changed = false;
            for (int i = 0; i < n; i++) {
                int best = nearest(points[i], centroids);
                if (best != assignment[i]) {
                    assignment[i] = best;
                    changed = true;
                }
            }
            centroids = means(points, assignment, k, centroids);
            it++;
        }
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            inertia += distance2(points[i], centroids[assignment[i]]);
        }
        return new Result(centroids, assignment, inertia, it);
    }

    private static double[][] seedPlusPlus(double[][] points, int k, Random random) {
        int n = points.length;
        double[][] c = new double[k][];
        c[0] = points[random.nextInt(n)].clone();
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) {
            d2[i] = distance2(points[i], c[0]);
        }
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (double d : d2) {
                total += d;
            }
            int pick = random.nextInt(n);
            if (total > 0) {
                double target = random.nextDouble() * total;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += d2[i];
                    if (acc >= target) {
                        pick = i;
                        break;
                    }
                }
            }
            c[j] = points[pick].clone();
            for (int i = 0; i < n; i++) {
                d2[i] = Math.min(d2[i], distance2(points[i], c[j]));
            }
        }
        return c;
    }

    static int nearest(double[] p, double[][] centroids) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centroids.length; j++) {
            double d = distance2(p, centroids[j]);
            if (d < bestD) {
                bestD = d;
                best = j;
            }
        }
        return best;
    }

    private static double[][] means(double[][] points, int[] assignment, int k, double[][] previous) {
        int dim = points[0].length;
        double[][] sum = new double[k][dim];
        int[] count = new int[k];
        for (int i = 0; i < points.length; i++) {
            count[assignment[i]]++;
            for (int d = 0; d < dim; d++) {
                sum[assignment[i]][d] += points[i][d];
            }
        }
        for (int j = 0; j < k; j++) {
            if (count[j] == 0) {
                sum[j] = previous[j].clone(); // an emptied cluster keeps its centre
                continue;
            }
            for (int d = 0; d < dim; d++) {
                sum[j][d] /= count[j];
            }
        }
        return sum;
    }

    static double distance2(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
