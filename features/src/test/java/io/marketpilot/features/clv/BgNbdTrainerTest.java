package io.marketpilot.features.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdTrainerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void recoversPlantedParametersFromSimulatedCustomers() {
        // planted near the CDNOW estimates of Fader, Hardie & Lee (2005), scaled to days
        var customers = Simulation.bgNbd(7, 20_000, 0.5, 10, 0.8, 2.5, 180, 360, null, 0, null);
        BgNbdModel m = new BgNbdTrainer(CLOCK, "test").train(customers);
        assertThat(m.r()).isCloseTo(0.5, withPercentage(15));
        assertThat(m.alpha()).isCloseTo(10, withPercentage(25));
        assertThat(m.a()).isCloseTo(0.8, withPercentage(25));
        assertThat(m.b()).isCloseTo(2.5, withPercentage(30));
        assertThat(m.provenance().algorithm()).isEqualTo("bg-nbd");
    }

    @Test
    void predictsHoldoutPurchasesInAggregate() {
        int[] later = new int[10_000];
        var customers = Simulation.bgNbd(11, later.length, 0.5, 10, 0.8, 2.5, 180, 360, null, 90, later);
        BgNbdModel m = new BgNbdTrainer(CLOCK, "test").train(customers);
        double predicted = customers.stream().mapToDouble(s -> m.expectedPurchases(s, 90)).sum();
        double actual = java.util.Arrays.stream(later).sum();
        assertThat(predicted).isCloseTo(actual, withPercentage(7));
    }

    @Test
    void aliveProbabilityFollowsTheModel() {
        BgNbdModel m = new BgNbdModel(0.24, 4.41, 0.79, 2.43, 0, 0, null);
        assertThat(m.probabilityAlive(new PurchaseSummary(0, 0, 30, 0))).isEqualTo(1.0);
        double recent = m.probabilityAlive(new PurchaseSummary(5, 28, 30, 0));
        double lapsed = m.probabilityAlive(new PurchaseSummary(5, 2, 30, 0));
        assertThat(recent).isGreaterThan(0.8);
        assertThat(lapsed).isLessThan(recent);
        // Fader-Hardie-Lee CDNOW example in weeks: x=2, tx=30.43, T=38.86 → E[Y(39)] ≈ 1.226
        assertThat(m.expectedPurchases(new PurchaseSummary(2, 30.43, 38.86, 0), 39)).isCloseTo(1.226, offset(0.01));
    }

    @Test
    void theGroupedLikelihoodEqualsTheSumOverCustomers() {
        var customers = Simulation.bgNbd(5, 500, 0.5, 10, 0.8, 2.5, 180, 360, null, 0, null);
        double direct = customers.stream().mapToDouble(s -> BgNbdModel.logLikelihood(0.7, 12, 0.9, 3.1, s.x(), s.tx(), s.age())).sum();
        assertThat(SummaryGroups.of(customers).bgNbdLogLikelihood(0.7, 12, 0.9, 3.1)).isCloseTo(direct, offset(1e-6 * Math.abs(direct)));
    }

    @Test
    void tooFewCustomersIsAPreciseError() {
        assertThatThrownBy(() -> new BgNbdTrainer(CLOCK, "t").train(List.of(new PurchaseSummary(0, 0, 10, 0))))
                .hasMessageContaining("at least 20 customers").hasMessageContaining("got 1");
    }
}
