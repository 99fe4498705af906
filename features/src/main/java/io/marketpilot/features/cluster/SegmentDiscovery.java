package io.marketpilot.features.cluster;

import io.marketpilot.features.attribute.AttributeContext;
import io.marketpilot.features.profile.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Proposes segments: the buyers' {@link ClusterFeatures} are standardised, clustered with seeded k-means++, and each
 * cluster is described by its most distinctive features (largest |z| of its centre), e.g. "orders high (9.4 vs 2.1
 * overall, z=+2.3); recency_days low (12 vs 140, z=-1.1)". Clusters are numbered by size, largest first.
 */
public final class SegmentDiscovery {
    private static final int TOP_CATEGORIES = 5;
    private static final int DESCRIBED_FEATURES = 3;
    private static final int SAMPLE = 5;

    private SegmentDiscovery() {}

    public static ClusterModel discover(Iterable<Profile> profiles, AttributeContext context, int k, long seed) {
        List<String> categories = topCategories(profiles, context);
        ClusterFeatures features = ClusterFeatures.of(categories);
        List<double[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Profile p : profiles) {
            double[] v = features.vector(p, context);
            if (v != null) {
                rows.add(v);
                keys.add(p.key());
            }
        }
        if (rows.size() < k) {
            throw new IllegalArgumentException("clustering into k=" + k + " needs at least " + k
                    + " customers with a purchase, found " + rows.size());
        }
        double[][] raw = rows.toArray(double[][]::new);
        double[] means = Standardiser.means(raw);
        double[] sd = Standardiser.stdDevs(raw, means);
        double[][] z = Arrays.stream(raw).map(r -> Standardiser.apply(r, means, sd)).toArray(double[][]::new);
        KMeans.Result fit = KMeans.fit(z, k, seed, 200);
        int[] sizes = new int[k];
        for (int a : fit.assignment()) {
            sizes[a]++;
        }
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer j) -> -sizes[j]).thenComparingInt(j -> j));
        List<Cluster> clusters = new ArrayList<>();
        double[][] centroids = new double[k][];
        for (int rank = 0; rank < k; rank++) {
            int j = order[rank];
            centroids[rank] = fit.centroids()[j];
            clusters.add(describe(rank, j, fit, raw, keys, means, sd, features.names()));
        }
        return new ClusterModel(features.names(), categories, means, sd, centroids, List.copyOf(clusters), fit.inertia(),
                seed, raw.length);
    }

    private static Cluster describe(int id, int j, KMeans.Result fit, double[][] raw, List<String> keys, double[] means,
                                    double[] sd, List<String> names) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (fit.assignment()[i] == j) {
                members.add(i);
            }
        }
        double[] centre = fit.centroids()[j];
        Map<String, Double> zScores = new LinkedHashMap<>();
        Map<String, Cluster.Range> ranges = new LinkedHashMap<>();
        for (int d = 0; d < names.size(); d++) {
            zScores.put(names.get(d), Math.round(centre[d] * 100) / 100.0);
            final int dim = d;
            double[] values = members.stream().mapToDouble(i -> raw[i][dim]).sorted().toArray();
            double mean = Arrays.stream(values).average().orElse(0);
            ranges.put(names.get(d), new Cluster.Range(percentile(values, 0.1), percentile(values, 0.9), mean));
        }
        String description = zScores.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(DESCRIBED_FEATURES)
                .map(e -> {
                    int d = names.indexOf(e.getKey());
                    return "%s %s (%s vs %s overall, z=%+.1f)".formatted(e.getKey(), e.getValue() >= 0 ? "high" : "low",
                            show(e.getKey(), ranges.get(e.getKey()).mean()), show(e.getKey(), means[d]), e.getValue());
                })
                .collect(Collectors.joining("; "));
        List<String> sample = members.stream().limit(SAMPLE).map(keys::get).toList();
        return new Cluster(id, members.size(), members.size() / (double) raw.length, description, zScores, ranges, sample);
    }

    /** Log-money features are shown back in money. */
    private static String show(String feature, double v) {
        double shown = feature.startsWith("log_") ? Math.expm1(v) : v;
        return Math.abs(shown) >= 100 ? "%.0f".formatted(shown) : "%.2f".formatted(shown);
    }

    private static double percentile(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static List<String> topCategories(Iterable<Profile> profiles, AttributeContext c) {
        Map<String, Double> total = new HashMap<>();
        for (Profile p : profiles) {
            if (p.orders() > 0) {
                p.categoryAffinities(c.vocabulary(), c.now(), c.config().affinityHalfLife()).forEach((k, v) -> total.merge(k, v, Double::sum));
            }
        }
        return total.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(TOP_CATEGORIES).map(Map.Entry::getKey).toList();
    }
}
