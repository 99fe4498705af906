package io.marketpilot.recommend.model;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import java.util.List;

/**
 * One recommendation algorithm: its name, default hyper-parameters, the small grid {@code evaluate --tune}
 * searches, how to build a {@link Trainer} from a config, and the versioned file format of its models.
 * Registered once, in {@link Algorithms}.
 */
public interface Algorithm<C extends AlgorithmConfig> {
    String name();

    C defaults();

    /** Candidate configs for tuning on a validation split (include the defaults). */
    List<C> searchSpace();

    Trainer<Interactions, ? extends ScoringModel> trainer(C config, TrainContext context);

    /** The persisted form of this algorithm's models. */
    ModelFormat<? extends ScoringModel> format();

    /** Trains with an untyped config that must be one of this algorithm's (used by generic tuning loops). */
    @SuppressWarnings("unchecked")
    default ScoringModel train(AlgorithmConfig config, Interactions data, TrainContext context) {
        return trainer((C) config, context).train(data);
    }
}
