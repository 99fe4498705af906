package io.marketpilot.features.cluster;

import java.util.List;
import java.util.Map;

/**
 * One proposed segment: its size and share of buyers, a human-readable description (the features that set it apart),
 * the z-score of its centre per feature, and the ranges (10th–90th percentile of its members) of each raw feature —
 * what a segment definition saving this cluster would test.
 */
public record Cluster(int id, int size, double share, String description, Map<String, Double> zScores,
                      Map<String, Range> ranges, List<String> sampleCustomers) {
    /** A feature's range among the cluster's members, in the feature's own units. */
    public record Range(double min, double max, double mean) {}
}
