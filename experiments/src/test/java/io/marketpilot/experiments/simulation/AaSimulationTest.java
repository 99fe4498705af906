package io.marketpilot.experiments.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The A/A targets on a smaller seeded run (400 runs; the 2,000-run numbers come from
 * {@code bin/marketpilot experiments simulate --aa}, recorded in docs/benchmarks.md). Bounds are wider here to
 * allow for 400 runs' sampling error (±2.2 points at 5 %).
 */
class AaSimulationTest {
    @Test
    void falsePositivesCoverageAndCupedStayInBounds() {
        AaReport r = new AaSimulation(400, 30, 4_000, 0.5, 0.1, 0.05, 11).run();
        assertThat(r.fixedHorizonFalsePositiveRate()).isBetween(0.028, 0.072);
        assertThat(r.intervalCoverage()).isBetween(0.928, 0.972);
        assertThat(r.sequentialFalsePositiveRate()).isLessThanOrEqualTo(0.055);
        assertThat(r.naivePeekingFalsePositiveRate()).isGreaterThan(0.1);
        assertThat(r.cupedVarianceReduction()).isGreaterThan(0.2);
        assertThat(new AaSimulation(400, 30, 4_000, 0.5, 0.1, 0.05, 11).run()).isEqualTo(r);
    }
}
