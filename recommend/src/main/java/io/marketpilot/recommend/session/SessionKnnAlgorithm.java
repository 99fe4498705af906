package io.marketpilot.recommend.session;

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
 * {@code session-knn}: sessions cut from each user's time-ordered pairs ({@link SessionKnnConfig#sessionGapMinutes}),
 * an item → sessions index, first-order transitions; the neighbour search runs at scoring time. Deterministic: no
 * randomness is involved (the "sample" is the most recent sessions), so the seed only reaches the provenance.
 */
public final class SessionKnnAlgorithm implements Algorithm<SessionKnnConfig> {
    public static final String NAME = "session-knn";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SessionKnnConfig defaults() {
        return SessionKnnConfig.defaults();
    }

    /** k {100, 200} × m {1000, 2000} × transition weight {0.1, 0.3} × history {10, 20}: 16, defaults included. */
    @Override
    public List<SessionKnnConfig> searchSpace() {
        List<SessionKnnConfig> out = new ArrayList<>();
        for (int k : new int[] {100, 200}) {
            for (int m : new int[] {1000, 2000}) {
                for (double w : new double[] {0.1, 0.3}) {
                    for (int h : new int[] {10, 20}) {
                        out.add(defaults().withNeighbours(k).withSampleSize(m).withTransitionWeight(w)
                            .withHistoryLength(h));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public Trainer<Interactions, SessionKnnModel> trainer(SessionKnnConfig config, TrainContext context) {
        return data -> {
            Sessions sessions = Sessions.of(data, config.sessionGapMinutes() * 60_000L);
            context.progress().accept(0.5);
            Transitions transitions = Transitions.of(data);
            context.progress().accept(1.0);
            return new SessionKnnModel(data.itemCount(), sessions, transitions, config,
                ProvenanceIo.of(NAME, config, data.fingerprint(), context));
        };
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return new SessionKnnFormat();
    }
}
