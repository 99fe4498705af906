package io.marketpilot.features.cluster;

import io.marketpilot.features.attribute.AttributeContext;
import io.marketpilot.features.profile.Profile;
import java.util.List;
import java.util.OptionalInt;

/**
 * The outcome of a discovery run: the proposed clusters, and what is needed to place any buyer in one later (feature
 * names, standardisation and centres) — the engine can store {@link #assign} as a per-customer {@code cluster}
 * attribute, or save a cluster's {@link Cluster#ranges()} as a segment definition.
 */
public record ClusterModel(List<String> features, List<String> categories, double[] means, double[] stdDevs,
                           double[][] centroids, List<Cluster> clusters, double inertia, long seed, int buyers) {

    /** The cluster this profile falls in (nearest standardised centre); empty for a profile without purchases. */
    public OptionalInt assign(Profile profile, AttributeContext context) {
        double[] raw = new ClusterFeatures(features, categories).vector(profile, context);
        if (raw == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(clusters.get(KMeans.nearest(Standardiser.apply(raw, means, stdDevs), centroids)).id());
    }
}
