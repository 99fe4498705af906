package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Welch, two-proportion and ratio-metric references computed with python3 + scipy 1.17.1 / numpy 2.4.6:
 * scipy.stats.ttest_ind_from_stats(10, 2, 50, 11, 3, 40, equal_var=False), the Welch-Satterthwaite df and
 * t.ppf(0.975, df) for the interval; the pooled z for 120/1000 vs 150/1000; numpy for the delta-method variance.
 */
class FixedHorizonTest {
    private static MeanEstimate group(long n, double mean, double sd) {
        return new MeanEstimate(mean, sd * sd / n, n, n - 1);
    }

    @Test
    void welchMatchesScipy() {
        Lift lift = WelchTest.compare(group(50, 10, 2), group(40, 11, 3), 0.05);
        assertThat(lift.pValue()).isCloseTo(0.07479873860026835, within(1e-10));
        assertThat(WelchTest.degreesOfFreedom(group(50, 10, 2), group(40, 11, 3))).isCloseTo(65.11213361536137, within(1e-9));
        assertThat(lift.absolute()).isCloseTo(1.0, within(1e-12));
        assertThat(lift.absoluteInterval().lower()).isCloseTo(-0.1029194518436245, within(1e-9));
        assertThat(lift.absoluteInterval().upper()).isCloseTo(2.1029194518436247, within(1e-9));
        assertThat(lift.relative()).isCloseTo(0.1, within(1e-12));
        assertThat(lift.relativeInterval().lower()).isCloseTo(-0.013288779108483986, within(1e-9));
        assertThat(lift.relativeInterval().upper()).isCloseTo(0.21328877910848415, within(1e-9));
    }

    @Test
    void welchFromMomentsEqualsWelchFromSummaries() {
        Moments a = new Moments();
        Moments b = new Moments();
        for (double y : new double[] {1, 2, 3, 4, 5}) {
            a.add(y);
        }
        for (double y : new double[] {2, 4, 6, 8}) {
            b.add(y);
        }
        // scipy.stats.ttest_ind([1,2,3,4,5],[2,4,6,8], equal_var=False).pvalue
        assertThat(WelchTest.compare(a, b, 0.05).pValue()).isCloseTo(0.23519411138940557, within(1e-9));
    }

    @Test
    void twoProportionsMatchScipy() {
        Lift lift = TwoProportionTest.compare(120, 1000, 150, 1000, 0.05);
        assertThat(lift.pValue()).isCloseTo(0.04964038686536878, within(1e-10));
        assertThat(lift.absoluteInterval().lower()).isCloseTo(7.602882129778554e-05, within(1e-10));
        assertThat(lift.absoluteInterval().upper()).isCloseTo(0.05992397117870221, within(1e-10));
        assertThat(lift.relative()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void ratioMetricUsesTheDeltaMethod() {
        double[] revenue = {10, 0, 25, 40, 5, 0, 12, 30};
        double[] orders = {1, 0, 2, 3, 1, 0, 1, 2};
        Moments m = new Moments();
        for (int i = 0; i < revenue.length; i++) {
            m.add(revenue[i], orders[i]);
        }
        MeanEstimate aov = RatioMetric.estimate(m);
        assertThat(aov.value()).isCloseTo(12.2, within(1e-12));
        assertThat(aov.variance()).isCloseTo(1.1428571428571495, within(1e-9));
    }

    @Test
    void badInputIsRejectedWithTheValues() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TwoProportionTest.compare(5, 3, 1, 10, 0.05))
                .hasMessageContaining("control").hasMessageContaining("successes=5 units=3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WelchTest.compare(group(50, 1, 1), group(40, 1, 1), 1.5))
                .hasMessageContaining("alpha must be in (0, 1), found 1.5");
    }
}
