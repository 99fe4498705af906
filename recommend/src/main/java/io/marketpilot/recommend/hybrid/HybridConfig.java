package io.marketpilot.recommend.hybrid;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid hyper-parameters: the components with their configs, how many users the internal validation holds out
 * (each one's latest pair), and the grid each weight is searched over by coordinate ascent.
 */
public record HybridConfig(List<Component> components, int validationUsers, List<Float> weightGrid)
        implements AlgorithmConfig {
    /** A component algorithm by name with its config. */
    public record Component(String algorithm, AlgorithmConfig config) {}

    public HybridConfig {
        components = List.copyOf(components);
        weightGrid = List.copyOf(weightGrid);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a hybrid needs at least one component");
        }
        if (validationUsers < 10) {
            throw new IllegalArgumentException("validationUsers must be >= 10, was " + validationUsers);
        }
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        for (Component c : components) {
            p.put(c.algorithm(), c.config().params());
        }
        p.put("validation_users", validationUsers);
        return p;
    }
}
