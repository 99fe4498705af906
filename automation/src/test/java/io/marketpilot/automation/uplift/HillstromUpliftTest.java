package io.marketpilot.automation.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Quality floor on the real Hillstrom e-mail campaign (64,000 customers, ../shared/data): on a seeded 30 % held-out
 * split the two-model uplift ranks visits by uplift clearly better than random targeting. Reference numbers:
 * {@code bench/uplift-hillstrom} and docs/benchmarks.md.
 */
class HillstromUpliftTest {
    static Path csv() {
        Path root = Path.of(System.getProperty("marketpilot.repo", "..")).toAbsolutePath().normalize();
        return root.resolve("../shared/data/hillstrom-email-campaign/hillstrom.csv").normalize();
    }

    @Test
    void beatsRandomTargetingOnHeldOutCustomers() throws IOException {
        Path file = csv();
        assumeTrue(Files.exists(file), "Hillstrom data not found at " + file);
        UpliftData data;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            data = HillstromRows.read(in, HillstromRows.Outcome.VISIT);
        }
        assertThat(data.size()).isEqualTo(64_000);
        UpliftData.Split split = data.split(0.3, 42);
        UpliftModel model = new TwoModelUpliftTrainer(TwoModelUpliftTrainer.Config.DEFAULT,
                TwoModelUpliftTrainerTest.CLOCK, "test").train(split.train());
        UpliftData test = split.test();
        double[] scores = new double[test.size()];
        double[] random = new double[test.size()];
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.uplift(test.x()[i]);
            random[i] = r.nextDouble();
        }
        UpliftEvaluation.Report m = UpliftEvaluation.evaluate(scores, test.treated(), test.outcome());
        UpliftEvaluation.Report rnd = UpliftEvaluation.evaluate(random, test.treated(), test.outcome());
        assertThat(m.qini()).isGreaterThan(rnd.qini() + 0.02);
        assertThat(m.upliftTop30()).isGreaterThan(m.overallUplift());
    }
}
