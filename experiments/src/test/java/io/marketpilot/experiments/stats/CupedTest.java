package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Small-sample references from numpy 2.4.6 (pooled θ = cov(X, Y) / var(X) with ddof=1, then per-group moments). */
class CupedTest {
    private static Moments of(double[] y, double[] x) {
        Moments m = new Moments();
        for (int i = 0; i < y.length; i++) {
            m.add(y[i], x[i]);
        }
        return m;
    }

    @Test
    void adjustedMeansAndVariancesMatchNumpy() {
        Cuped.Adjusted a = Cuped.adjust(of(new double[] {3, 5, 4, 6, 8}, new double[] {1, 2, 2, 3, 4}),
                of(new double[] {6, 7, 5, 9, 10, 8}, new double[] {2, 3, 1, 4, 4, 3}));
        assertThat(a.theta()).isCloseTo(1.7391304347826086, within(1e-12));
        assertThat(a.control().value()).isCloseTo(5.61106719367589, within(1e-12));
        assertThat(a.control().variance()).isCloseTo(0.03073724007561456, within(1e-12));
        assertThat(a.treatment().value()).isCloseTo(7.157444005270092, within(1e-12));
        assertThat(a.treatment().variance()).isCloseTo(0.05487292585591241, within(1e-12));
    }

    @Test
    void removesAboutRhoSquaredOfTheVariance() {
        SplittableRandom random = new SplittableRandom(3);
        Moments c = new Moments();
        Moments t = new Moments();
        double rho = 0.5;
        for (int i = 0; i < 200_000; i++) {
            double x = random.nextGaussian();
            double y = rho * x + Math.sqrt(1 - rho * rho) * random.nextGaussian();
            (i % 2 == 0 ? c : t).add(y, x);
        }
        assertThat(Cuped.adjust(c, t).varianceReduction()).isCloseTo(0.25, within(0.01));
    }
}
