package io.marketpilot.automation.uplift;

import io.marketpilot.core.model.Model;
import io.marketpilot.core.model.Provenance;
import java.util.List;
import java.util.Map;

/**
 * A two-model uplift estimate: P(outcome | treated, x) − P(outcome | control, x), each a logistic regression on the
 * features standardised with the training means and deviations. Immutable and thread-safe.
 */
public final class UpliftModel implements Model {
    private final List<String> features;
    private final double[] mean;
    private final double[] scale;
    private final double[] treatedWeights;
    private final double[] controlWeights;
    private final Provenance provenance;

    UpliftModel(List<String> features, double[] mean, double[] scale, double[] treatedWeights, double[] controlWeights,
                Provenance provenance) {
        this.features = List.copyOf(features);
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.treatedWeights = treatedWeights.clone();
        this.controlWeights = controlWeights.clone();
        this.provenance = provenance;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    public List<String> features() {
        return features;
    }

    /** The predicted uplift (change in outcome probability if treated) for raw feature values in {@link #features} order. */
    public double uplift(double[] raw) {
        if (raw.length != features.size()) {
            throw new IllegalArgumentException("expected " + features.size() + " features " + features + ", got " + raw.length);
        }
        double[] z = standardise(raw);
        return LogisticFit.sigmoid(LogisticFit.dot(treatedWeights, z)) - LogisticFit.sigmoid(LogisticFit.dot(controlWeights, z));
    }

    /** The predicted uplift for named features; a missing feature is an error naming it. */
    public double uplift(Map<String, Double> named) {
        double[] raw = new double[features.size()];
        for (int i = 0; i < raw.length; i++) {
            Double v = named.get(features.get(i));
            if (v == null) {
                throw new IllegalArgumentException("feature " + features.get(i) + " is missing; the model needs " + features);
            }
            raw[i] = v;
        }
        return uplift(raw);
    }

    double[] standardise(double[] raw) {
        double[] z = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            z[i] = (raw[i] - mean[i]) / scale[i];
        }
        return z;
    }

    double[] mean() {
        return mean.clone();
    }

    double[] scale() {
        return scale.clone();
    }

    double[] treatedWeights() {
        return treatedWeights.clone();
    }

    double[] controlWeights() {
        return controlWeights.clone();
    }
}
