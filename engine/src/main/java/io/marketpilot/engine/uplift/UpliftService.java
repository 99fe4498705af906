package io.marketpilot.engine.uplift;

import io.marketpilot.automation.uplift.TwoModelUpliftTrainer;
import io.marketpilot.automation.uplift.UpliftData;
import io.marketpilot.automation.uplift.UpliftEvaluation;
import io.marketpilot.automation.uplift.UpliftModel;
import io.marketpilot.automation.uplift.UpliftModelFormat;
import io.marketpilot.automation.uplift.UpliftTargeting;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.StoredModel;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The uplift model the engine serves: trained on a seeded split of treatment/control data, evaluated on the held-out
 * part (Qini, AUUC and their random-targeting values go into the provenance's metrics), saved as the next version of
 * {@code uplift} in the registry and activated. On open the active version is loaded.
 */
public final class UpliftService {
    public static final String NAME = "uplift";

    /** A trained and served model with what it scored on held-out data. */
    public record Trained(long version, UpliftModel model, UpliftEvaluation.Report heldOut) { }

    private final ModelStore registry;
    private final Clock clock;
    private final String codeVersion;
    private final AtomicReference<Served> served = new AtomicReference<>();

    private record Served(long version, UpliftModel model, Map<String, Double> metrics) { }

    public UpliftService(ModelStore registry, Clock clock, String codeVersion) {
        this.registry = registry;
        this.clock = clock;
        this.codeVersion = codeVersion;
        registry.active(NAME).or(() -> registry.latest(NAME))
                .ifPresent(m -> served.set(new Served(m.version(), UpliftModelFormat.read(m.bytes()),
                        m.provenance().metrics())));
    }

    /** Trains on {@code 1 − testFraction} of the rows (shuffled with {@code seed}), evaluates, saves and serves. */
    public Trained train(UpliftData data, double testFraction, long seed) {
        UpliftData.Split split = data.split(testFraction, seed);
        UpliftModel model = new TwoModelUpliftTrainer(new TwoModelUpliftTrainer.Config(1.0, 25, seed), clock, codeVersion)
                .train(split.train());
        UpliftData test = split.test();
        double[] scores = new double[test.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.uplift(test.x()[i]);
        }
        UpliftEvaluation.Report report = UpliftEvaluation.evaluate(scores, test.treated(), test.outcome());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("qini", report.qini());
        metrics.put("auuc_normalised", report.auucNormalised());
        metrics.put("uplift_top30", report.upliftTop30());
        metrics.put("overall_uplift", report.overallUplift());
        Provenance p = model.provenance();
        Provenance withMetrics = new Provenance(p.algorithm(), p.config(), p.dataFingerprint(), p.seed(), p.codeVersion(),
                p.trainedAt(), metrics);
        StoredModel stored = registry.save(NAME, UpliftModelFormat.write(model), withMetrics);
        registry.activate(NAME, stored.version(), "trained with held-out Qini " + report.qini());
        served.set(new Served(stored.version(), model, Map.copyOf(metrics)));
        return new Trained(stored.version(), model, report);
    }

    /** The served model and its version, if one was trained. */
    public Optional<UpliftModel> model() {
        return Optional.ofNullable(served.get()).map(Served::model);
    }

    /** The served model's held-out metrics (qini, auuc_normalised, uplift_top30, overall_uplift). */
    public Map<String, Double> metrics() {
        return Optional.ofNullable(served.get()).map(Served::metrics).orElse(Map.of());
    }

    public Optional<Long> version() {
        return Optional.ofNullable(served.get()).map(Served::version);
    }

    /** Predicted uplift for named customer features; empty when no model is trained. */
    public Optional<Double> predictedUplift(Map<String, Double> features) {
        return model().map(m -> m.uplift(features));
    }

    /** The filter a journey action uses: send only when predicted uplift ≥ {@code threshold}. */
    public Optional<UpliftTargeting> targeting(double threshold) {
        return model().map(m -> new UpliftTargeting(m, threshold));
    }
}
