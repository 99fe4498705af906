package io.marketpilot.recommend.hybrid;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid hyper-parameters: the components with their configs, how many users the internal validation holds out
 * (each one's latest pair), the grid each weight is searched over by coordinate ascent, and the blending weights
 * when they are already known ({@code weights}, one per component, e.g. learned on an evaluation's validation
 * split); empty means "learn them at training time on the internal validation".
 */
public record HybridConfig(List<Component> components, int validationUsers, List<Float> weightGrid,
                           List<Float> weights) implements AlgorithmConfig {
    /** A component algorithm by name with its config. */
    public record Component(String algorithm, AlgorithmConfig config) {}

    public HybridConfig {
        components = List.copyOf(components);
        weightGrid = List.copyOf(weightGrid);
        weights = List.copyOf(weights);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a hybrid needs at least one component");
        }
        if (validationUsers < 10) {
            throw new IllegalArgumentException("validationUsers must be >= 10, was " + validationUsers);
        }
        if (!weights.isEmpty() && weights.size() != components.size()) {
            throw new IllegalArgumentException("weights must be empty (learn them) or one per component: "
                + components.size() + " components, " + weights.size() + " weights");
        }
        for (Float w : weights) {
            if (!(w >= 0) || w.isInfinite()) {
                throw new IllegalArgumentException("weights must be finite numbers >= 0, were " + weights);
            }
        }
        if (!weights.isEmpty() && weights.stream().allMatch(w -> w == 0)) {
            throw new IllegalArgumentException("at least one weight must be positive, were " + weights);
        }
    }

    /** The same components with these weights fixed. */
    public HybridConfig withWeights(List<Float> w) {
        return new HybridConfig(components, validationUsers, weightGrid, w);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        for (Component c : components) {
            p.put(c.algorithm(), c.config().params());
        }
        p.put("validation_users", validationUsers);
        if (!weights.isEmpty()) {
            Map<String, Object> w = new LinkedHashMap<>();
            for (int c = 0; c < components.size(); c++) {
                w.put(components.get(c).algorithm(), weights.get(c));
            }
            p.put("weights", w);
        }
        return p;
    }
}
