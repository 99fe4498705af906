package io.marketpilot.automation.uplift;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import java.time.Clock;
import java.util.Map;

/**
 * Trains a two-model uplift estimator: one logistic regression on the treated rows, one on the control rows
 * (ridge {@code l2}). Deterministic; the seed is recorded for the split it was evaluated on.
 */
public final class TwoModelUpliftTrainer implements Trainer<UpliftData, UpliftModel> {
    /** Training configuration. */
    public record Config(double l2, int maxIterations, long seed) {
        public static final Config DEFAULT = new Config(1.0, 25, 42);
    }

    public static final String ALGORITHM = "uplift-two-model-logistic";

    private final Config config;
    private final Clock clock;
    private final String codeVersion;

    public TwoModelUpliftTrainer(Config config, Clock clock, String codeVersion) {
        this.config = config;
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    @Override
    public UpliftModel train(UpliftData data) {
        int n = data.size();
        int d = data.features().size();
        if (n == 0) {
            throw new IllegalArgumentException("no rows to train on");
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : data.x()) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : data.x()) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (data.x()[i][j] - mean[j]) / scale[j];
            }
        }
        double[] treated = LogisticFit.fit(z, data.outcome(), data.treated(), true, config.l2(), config.maxIterations());
        double[] control = LogisticFit.fit(z, data.outcome(), data.treated(), false, config.l2(), config.maxIterations());
        Provenance p = new Provenance(ALGORITHM, Map.of("l2", Double.toString(config.l2()),
                "max_iterations", Integer.toString(config.maxIterations()), "features", String.join(",", data.features())),
                data.fingerprint(), config.seed(), codeVersion, clock.instant(), Map.of());
        return new UpliftModel(data.features(), mean, scale, treated, control, p);
    }
}
