package io.marketpilot.experiments.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17.1 (python3: scipy.special.gammaln/betainc/gammainc/gammaincc,
 * scipy.stats.norm/t/chi2/beta .cdf/.sf/.ppf), printed to 16 digits.
 */
class DistributionsTest {
    private static Offset<Double> close(double expected) {
        return within(Math.max(1e-12, Math.abs(expected) * 1e-9));
    }

    @Test
    void logGammaMatchesScipy() {
        assertThat(SpecialFunctions.lnGamma(0.3)).isCloseTo(1.0957979948180756, close(1.1));
        assertThat(SpecialFunctions.lnGamma(10.5)).isCloseTo(13.940625219403763, close(13.9));
        assertThat(SpecialFunctions.lnGamma(1000)).isCloseTo(5905.220423209181, close(5905));
    }

    @Test
    void incompleteBetaAndGammaMatchScipy() {
        assertThat(SpecialFunctions.regularizedBeta(0.4, 2.5, 3.5)).isCloseTo(0.4869041915261176, close(0.49));
        assertThat(SpecialFunctions.regularizedBeta(0.45, 50, 60)).isCloseTo(0.4642352914306031, close(0.46));
        assertThat(SpecialFunctions.regularizedGammaP(3, 2.5)).isCloseTo(0.45618688411667035, close(0.46));
        assertThat(SpecialFunctions.regularizedGammaQ(10, 30)).isCloseTo(7.121750862815593e-06, close(7e-6));
    }

    @Test
    void normalMatchesScipy() {
        assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, close(0.975));
        assertThat(Normal.cdf(-5)).isCloseTo(2.866515718791933e-07, close(2.9e-7));
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, close(1.96));
        assertThat(Normal.quantile(1e-6)).isCloseTo(-4.753424308822899, close(4.75));
        assertThat(Normal.quantile(0.5)).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void studentTMatchesScipy() {
        assertThat(StudentT.cdf(2.0, 5)).isCloseTo(0.9490302605850708, close(0.95));
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228138851986274, close(2.2));
        assertThat(StudentT.quantile(0.975, 3.7)).isCloseTo(2.8675207071911895, close(2.9));
        assertThat(StudentT.twoSidedP(3, 200)).isCloseTo(0.003043047113905905, close(0.003));
    }

    @Test
    void chiSquaredMatchesScipy() {
        assertThat(ChiSquared.survival(10.83, 1)).isCloseTo(0.0009986863791802592, close(0.001));
        assertThat(ChiSquared.survival(20, 2)).isCloseTo(4.539992976248486e-05, close(4.5e-5));
        assertThat(ChiSquared.cdf(3, 4)).isCloseTo(0.4421745996289252, close(0.44));
    }

    @Test
    void betaMatchesScipyAndSamplesHaveItsMoments() {
        assertThat(new BetaDistribution(3, 7).cdf(0.3)).isCloseTo(0.5371688339999998, close(0.54));
        assertThat(new BetaDistribution(30, 70).quantile(0.9)).isCloseTo(0.359434740999984, within(1e-12));
        BetaDistribution beta = new BetaDistribution(0.7, 2.5);
        SplittableRandom random = new SplittableRandom(7);
        double sum = 0;
        double sumSq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = beta.sample(random);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(beta.mean(), within(0.002));
        assertThat(sumSq / n - mean * mean).isCloseTo(beta.variance(), within(0.001));
    }
}
