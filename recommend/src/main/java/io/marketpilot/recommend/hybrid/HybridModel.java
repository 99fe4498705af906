package io.marketpilot.recommend.hybrid;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;
import java.util.List;

/**
 * A weighted sum of component models' z-scored scores. Weights were learned on validation data; components with
 * weight 0 are kept out of the model entirely.
 */
public final class HybridModel implements ScoringModel {
    /** One component: the algorithm's name (to find its format), its model and its weight. */
    public record Component(String algorithm, ScoringModel model, float weight) {}

    private final List<Component> components;
    private final Provenance provenance;
    private final int items;

    HybridModel(List<Component> components, Provenance provenance) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a hybrid needs at least one component");
        }
        this.components = List.copyOf(components);
        this.provenance = provenance;
        this.items = components.get(0).model().itemCount();
        for (Component c : components) {
            if (c.model().itemCount() != items) {
                throw new IllegalArgumentException("component " + c.algorithm() + " scores " + c.model().itemCount()
                    + " items, expected " + items);
            }
        }
    }

    public List<Component> components() {
        return components;
    }

    @Override
    public int itemCount() {
        return items;
    }

    @Override
    public void score(UserHistory history, float[] out) {
        java.util.Arrays.fill(out, 0f);
        float[] buf = new float[items];
        for (Component c : components) {
            c.model().score(history, buf);
            ScoreNormaliser.zScores(buf);
            float w = c.weight();
            for (int i = 0; i < items; i++) {
                out[i] += w * buf[i];
            }
        }
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
