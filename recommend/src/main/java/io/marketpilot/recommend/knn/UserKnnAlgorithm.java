package io.marketpilot.recommend.knn;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.List;

/**
 * User-based nearest neighbours: "users like you also had". Training only indexes the matrix; neighbours are found
 * at scoring time from the history, so new events count immediately and unknown visitors are scored like anyone
 * else. Scoring cost grows with the users sharing the history's items, so it suits small and mid-size user bases.
 * No randomness: the seed only goes to provenance.
 */
public final class UserKnnAlgorithm implements Algorithm<UserKnnConfig> {
    @Override
    public String name() {
        return "user-knn";
    }

    /** k 50, no shrink: {@code loo} NDCG@10 0.065 on MovieLens-100k and 0.091 on UCI Online Retail. */
    @Override
    public UserKnnConfig defaults() {
        return new UserKnnConfig(50, 0, false);
    }

    /** 12 configs: k ∈ {25, 50, 100, 200} × shrink ∈ {0, 10, 50}, binary. */
    @Override
    public List<UserKnnConfig> searchSpace() {
        List<UserKnnConfig> space = new ArrayList<>();
        for (int k : new int[] {25, 50, 100, 200}) {
            for (double shrink : new double[] {0, 10, 50}) {
                space.add(new UserKnnConfig(k, shrink, false));
            }
        }
        return List.copyOf(space);
    }

    @Override
    public Trainer<Interactions, UserKnnModel> trainer(UserKnnConfig config, TrainContext context) {
        return data -> {
            UserRows rows = UserRows.of(data, config.weighted());
            context.progress().accept(1.0);
            return new UserKnnModel(rows, config, ProvenanceIo.of(name(), config, data.fingerprint(), context));
        };
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return new UserKnnFormat();
    }
}
