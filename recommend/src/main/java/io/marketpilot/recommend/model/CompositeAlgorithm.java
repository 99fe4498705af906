package io.marketpilot.recommend.model;

import java.util.List;
import java.util.Map;

/**
 * An algorithm built from other algorithms (the hybrid). Evaluation tunes the components first and hands their
 * chosen configs over, so the composite blends tuned models.
 */
public interface CompositeAlgorithm<C extends AlgorithmConfig> extends Algorithm<C> {
    /** Names of the component algorithms, in blending order. */
    List<String> componentNames();

    /** This algorithm's config with the given component configs (components not in the map keep defaults). */
    C withComponents(Map<String, AlgorithmConfig> chosen);
}
