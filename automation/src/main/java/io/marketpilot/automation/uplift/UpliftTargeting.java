package io.marketpilot.automation.uplift;

import java.util.Map;
import java.util.Objects;

/**
 * The filter a journey action applies before sending an offer: send only when the predicted uplift for the
 * customer's features is at least {@code threshold} (e.g. 0.01 = one more visit per hundred customers treated).
 */
public record UpliftTargeting(UpliftModel model, double threshold) {
    public UpliftTargeting {
        Objects.requireNonNull(model, "model");
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("an uplift threshold is a probability difference in [-1, 1], got " + threshold);
        }
    }

    /** What the model predicts and whether that clears the threshold. */
    public record Decision(double uplift, boolean target) { }

    public Decision decide(Map<String, Double> features) {
        double u = model.uplift(features);
        return new Decision(u, u >= threshold);
    }
}
