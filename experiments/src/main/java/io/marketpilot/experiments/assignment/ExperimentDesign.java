package io.marketpilot.experiments.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What decides a unit's variant: the salt (fixed at creation; a new salt reshuffles everyone), the layer and the
 * range of it the experiment owns, the traffic fraction of that range that enters the experiment, an optional
 * segment that targets it, and the variants (the first is the control).
 */
public record ExperimentDesign(
        String salt, String layer, LayerRange layerRange, double traffic, String segment, List<Variant> variants) {
    public ExperimentDesign {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(layerRange, "layerRange");
        if (salt.isBlank()) {
            throw new IllegalArgumentException("salt must not be blank");
        }
        if (!(traffic > 0 && traffic <= 1)) {
            throw new IllegalArgumentException("traffic must be in (0, 1], found " + traffic);
        }
        variants = List.copyOf(variants);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("an experiment needs at least 2 variants, found " + variants.size());
        }
        Set<String> keys = new HashSet<>();
        for (Variant v : variants) {
            if (!keys.add(v.key())) {
                throw new IllegalArgumentException("variant keys must be unique, '" + v.key() + "' repeats");
            }
        }
        layer = layer == null || layer.isBlank() ? null : layer;
        segment = segment == null || segment.isBlank() ? null : segment;
    }

    /** Everyone, whole traffic, no layer, no segment. */
    public static ExperimentDesign simple(String salt, List<Variant> variants) {
        return new ExperimentDesign(salt, null, LayerRange.WHOLE, 1, null, variants);
    }

    public Variant control() {
        return variants.get(0);
    }

    public double[] weights() {
        return variants.stream().mapToDouble(Variant::weight).toArray();
    }

    public ExperimentDesign withVariants(List<Variant> newVariants) {
        return new ExperimentDesign(salt, layer, layerRange, traffic, segment, newVariants);
    }
}
