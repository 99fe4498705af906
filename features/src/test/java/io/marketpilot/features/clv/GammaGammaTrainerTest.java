package io.marketpilot.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GammaGammaTrainerTest {
    @Test
    void recoversPlantedSpendParameters() {
        var customers = Simulation.bgNbd(3, 30_000, 1.5, 20, 0.8, 2.5, 180, 360, new double[] {6, 4, 15}, 0, null);
        var m = new GammaGammaTrainer(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test").train(customers);
        // p and q trade off against γ; the mean spend p·γ/(q−1) is what must be right
        assertThat(m.p() * m.gamma() / (m.q() - 1)).isCloseTo(6 * 15 / 3.0, withPercentage(8));
        assertThat(m.p()).isCloseTo(6, withPercentage(30));
        assertThat(m.q()).isCloseTo(4, withPercentage(30));
    }

    @Test
    void shrinksAFewOrdersTowardsThePopulationMean() {
        var m = new GammaGammaModel(6.25, 3.74, 15.44, 0, 0, null);
        double population = m.expectedOrderValue(new PurchaseSummary(0, 0, 10, 0));
        double one = m.expectedOrderValue(new PurchaseSummary(1, 5, 10, 100));
        double many = m.expectedOrderValue(new PurchaseSummary(20, 5, 10, 100));
        assertThat(population).isCloseTo(6.25 * 15.44 / 2.74, withPercentage(0.01));
        assertThat(one).isBetween(population, 100.0);
        assertThat(many).isBetween(one, 100.0);
    }
}
