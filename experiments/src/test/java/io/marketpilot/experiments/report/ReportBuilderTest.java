package io.marketpilot.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.stats.Moments;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("conversion", MetricDefinition.Type.CONVERSION, true, false),
            new MetricSpec("revenue", MetricDefinition.Type.MEAN, true, false),
            new MetricSpec("refunds", MetricDefinition.Type.MEAN, false, true));

    private static Moments[][] simulate(long[] units, double[] conversion, double refundRate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Moments[][] m = new Moments[3][units.length];
        for (int v = 0; v < units.length; v++) {
            for (int k = 0; k < 3; k++) {
                m[k][v] = new Moments();
            }
            for (long i = 0; i < units[v]; i++) {
                double pre = random.nextDouble() < 0.3 ? 20 + 10 * random.nextGaussian() : 0;
                boolean bought = random.nextDouble() < conversion[v] + (pre > 0 ? 0.02 : 0);
                m[0][v].add(bought ? 1 : 0, pre);
                m[1][v].add(bought ? 30 + 0.5 * pre + 5 * random.nextGaussian() : 0, pre);
                m[2][v].add(random.nextDouble() < refundRate ? 1 : 0, 0);
            }
        }
        return m;
    }

    @Test
    void callsThePlantedWinner() {
        ExperimentReport r = ReportBuilder.build(List.of("control", "b"), new double[] {1, 1}, new long[] {20_000, 20_000},
                METRICS, simulate(new long[] {20_000, 20_000}, new double[] {0.05, 0.065}, 0.01, 1),
                ReportOptions.running());
        assertThat(r.srm().mismatch()).isFalse();
        assertThat(r.winner()).isEqualTo("b");
        assertThat(r.metrics().get(0).decision()).isEqualTo(Decision.BETTER);
        assertThat(r.metrics().get(0).verdict()).startsWith("b is better than control on conversion: b vs control +");
        assertThat(r.metrics().get(0).cuped()).isNotNull();
        assertThat(r.verdict()).isEqualTo("b wins on the primary metric conversion with no guardrail hurt.");
    }

    @Test
    void anAaExperimentHasNoWinner() {
        ExperimentReport r = ReportBuilder.build(List.of("control", "b", "c"), new double[] {1, 1, 1},
                new long[] {10_000, 10_000, 10_000}, METRICS,
                simulate(new long[] {10_000, 10_000, 10_000}, new double[] {0.05, 0.05, 0.05}, 0.01, 2),
                ReportOptions.running());
        assertThat(r.winner()).isNull();
        assertThat(r.verdict()).startsWith("No winner yet");
        assertThat(r.metrics()).hasSize(6);
    }

    @Test
    void sampleRatioMismatchBlocksEveryDecision() {
        ExperimentReport r = ReportBuilder.build(List.of("control", "b"), new double[] {1, 1}, new long[] {20_000, 21_000},
                METRICS, simulate(new long[] {20_000, 21_000}, new double[] {0.05, 0.09}, 0.01, 3),
                ReportOptions.running());
        assertThat(r.srm().mismatch()).isTrue();
        assertThat(r.winner()).isNull();
        assertThat(r.metrics()).allMatch(m -> m.decision() == Decision.UNTRUSTWORTHY);
        assertThat(r.verdict()).startsWith("Do not use these results: sample ratio mismatch");
    }

    @Test
    void aHurtGuardrailBlocksTheWinner() {
        Moments[][] m = simulate(new long[] {20_000, 20_000}, new double[] {0.05, 0.07}, 0.01, 4);
        Moments worse = new Moments();
        for (int i = 0; i < 20_000; i++) {
            worse.add(i % 20 == 0 ? 1 : 0, 0); // 5 % refunds against 1 %
        }
        m[2][1] = worse;
        ExperimentReport r = ReportBuilder.build(List.of("control", "b"), new double[] {1, 1}, new long[] {20_000, 20_000},
                METRICS, m, ReportOptions.running());
        assertThat(r.metrics().get(2).decision()).isEqualTo(Decision.WORSE);
        assertThat(r.winner()).isNull();
        assertThat(r.verdict()).isEqualTo("No winner: the variant better on conversion hurts a guardrail.");
    }

    @Test
    void aFreshExperimentWithoutUnitsReportsWithoutFailing() {
        Moments[][] empty = new Moments[3][2];
        for (Moments[] row : empty) {
            row[0] = new Moments();
            row[1] = new Moments();
        }
        ExperimentReport r = ReportBuilder.build(List.of("control", "b"), new double[] {1, 1}, new long[] {0, 0},
                METRICS, empty, ReportOptions.running());
        assertThat(r.winner()).isNull();
        assertThat(r.srm().mismatch()).isFalse();
        assertThat(r.metrics()).allMatch(m -> m.decision() == Decision.NO_DIFFERENCE);
        Moments[][] tiny = simulate(new long[] {1, 1}, new double[] {0.5, 0.5}, 0.5, 5);
        assertThat(ReportBuilder.build(List.of("control", "b"), new double[] {1, 1}, new long[] {1, 1}, METRICS, tiny,
                ReportOptions.fixedHorizon()).winner()).isNull();
    }
}
