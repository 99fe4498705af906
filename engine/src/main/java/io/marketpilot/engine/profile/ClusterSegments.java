package io.marketpilot.engine.profile;

import io.marketpilot.features.cluster.Cluster;
import io.marketpilot.features.cluster.ClusterModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a discovered cluster into a segment definition a marketer can read and edit: the box of the cluster's
 * 10th–90th percentiles on its most distinctive RFM features, written as attribute conditions
 * ({@code days_since_last_order}, {@code orders}, {@code net_revenue}, {@code average_order_value}). The box
 * approximates the cluster (nearest-centre membership has no rule form); the segment's preview tells how many it
 * catches. Category-affinity features describe clusters but are not used in the rule.
 */
public final class ClusterSegments {
    /** Cluster feature → (attribute, whether the feature is log1p of the attribute). */
    private static final Map<String, String> ATTRIBUTE_OF = Map.of("recency_days", "days_since_last_order",
            "orders", "orders", "log_net_revenue", "net_revenue", "log_average_order_value", "average_order_value");
    private static final int RULE_FEATURES = 3;

    private ClusterSegments() {}

    /** A segment definition ({@code id}, {@code name}, {@code description}, {@code condition}) for cluster {@code id}. */
    public static Map<String, Object> definition(ClusterModel model, int clusterId, String segmentId) {
        Cluster cluster = model.clusters().stream().filter(c -> c.id() == clusterId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cluster #" + clusterId + "; the clusters are #0..#"
                        + (model.clusters().size() - 1)));
        List<String> features = cluster.zScores().entrySet().stream()
                .filter(e -> ATTRIBUTE_OF.containsKey(e.getKey()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(RULE_FEATURES).map(Map.Entry::getKey).toList();
        List<Object> all = new ArrayList<>();
        for (String f : features) {
            Cluster.Range r = cluster.ranges().get(f);
            double low = f.startsWith("log_") ? Math.expm1(r.min()) : r.min();
            double high = f.startsWith("log_") ? Math.expm1(r.max()) : r.max();
            all.add(Map.of("attribute", ATTRIBUTE_OF.get(f), "op", "between",
                    "value", List.of(Math.floor(low * 100) / 100, Math.ceil(high * 100) / 100)));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("id", segmentId);
        definition.put("name", "Discovered #" + clusterId + " (k=" + model.clusters().size() + ", seed " + model.seed() + ")");
        definition.put("description", cluster.description());
        definition.put("condition", Map.of("all", all));
        return definition;
    }
}
