package io.marketpilot.automation.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwoModelUpliftTrainerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private final TwoModelUpliftTrainer trainer = new TwoModelUpliftTrainer(TwoModelUpliftTrainer.Config.DEFAULT, CLOCK, "test");

    @Test
    void findsThePlantedResponders() {
        UpliftData.Split split = PlantedUplift.generate(30_000, 11).split(0.3, 42);
        UpliftModel model = trainer.train(split.train());
        assertThat(model.uplift(Map.of("x0", 1.5, "noise", 0.0, "base", 0.0)))
                .isGreaterThan(model.uplift(Map.of("x0", -1.5, "noise", 0.0, "base", 0.0)) + 0.1);
        double[] scores = new double[split.test().size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.uplift(split.test().x()[i]);
        }
        UpliftEvaluation.Report r = UpliftEvaluation.evaluate(scores, split.test().treated(), split.test().outcome());
        assertThat(r.qini()).isGreaterThan(0.1);
        assertThat(model.provenance().dataFingerprint()).isEqualTo(split.train().fingerprint());
        assertThat(model.provenance().trainedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void theSameDataGivesTheSameModel() {
        UpliftData d = PlantedUplift.generate(5_000, 3);
        assertThat(UpliftModelFormat.write(trainer.train(d))).isEqualTo(UpliftModelFormat.write(trainer.train(d)));
    }

    @Test
    void aMissingFeatureIsNamed() {
        UpliftModel model = trainer.train(PlantedUplift.generate(2_000, 3));
        assertThatThrownBy(() -> model.uplift(Map.of("x0", 1.0))).hasMessageContaining("feature noise is missing");
        UpliftTargeting targeting = new UpliftTargeting(model, 0.05);
        assertThat(targeting.decide(Map.of("x0", 2.0, "noise", 0.0, "base", 1.0)).target()).isTrue();
        assertThat(targeting.decide(Map.of("x0", -2.0, "noise", 0.0, "base", 1.0)).target()).isFalse();
    }
}
