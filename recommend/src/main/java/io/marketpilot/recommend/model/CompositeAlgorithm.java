package io.marketpilot.recommend.model;

import java.util.List;
import java.util.Map;

/**
 * An algorithm built from other algorithms (the hybrid). Evaluation tunes the components first and hands their
 * chosen configs over, so the composite blends tuned models; when tuning, it also lets the composite learn its
 * blend on the validation split ({@link #learnOn}), like every other hyper-parameter.
 */
public interface CompositeAlgorithm<C extends AlgorithmConfig> extends Algorithm<C> {
    /** Names of the component algorithms, in blending order. */
    List<String> componentNames();

    /** This algorithm's config with the given component configs (components not in the map keep defaults). */
    C withComponents(Map<String, AlgorithmConfig> chosen);

    /**
     * {@code config} with what the composite would otherwise learn at training time (the hybrid's weights) learned
     * on {@code heldOut} instead and fixed: the components are fitted on {@code heldOut.train()} and judged by how
     * they rank the held-out items.
     */
    C learnOn(C config, HeldOut heldOut, TrainContext context);
}
