package io.marketpilot.automation.uplift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UpliftEvaluationTest {
    private final UpliftData data = PlantedUplift.generate(40_000, 7);

    private UpliftEvaluation.Report with(double[] scores) {
        return UpliftEvaluation.evaluate(scores, data.treated(), data.outcome());
    }

    @Test
    void trueUpliftScoresWellRandomScoresNearZeroReversedBelowZero() {
        double[] truth = new double[data.size()];
        double[] random = new double[data.size()];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < truth.length; i++) {
            truth[i] = PlantedUplift.trueUplift(data.x()[i]) + 1e-6 * data.x()[i][0];
            random[i] = r.nextDouble();
        }
        double[] reversed = truth.clone();
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = -reversed[i];
        }
        UpliftEvaluation.Report best = with(truth);
        assertThat(best.qini()).isGreaterThan(0.1);
        assertThat(best.auucNormalised()).isGreaterThan(0.1);
        assertThat(best.upliftTop30()).isGreaterThan(best.overallUplift() * 1.5);
        assertThat(best.overallUplift()).isBetween(0.06, 0.09); // half the customers gain 0.15
        assertThat(Math.abs(with(random).qini())).isLessThan(0.05);
        assertThat(with(reversed).qini()).isLessThan(-0.1);
    }
}
