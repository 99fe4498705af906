package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * SRM reference: scipy.stats.chisquare([5000, 5200]). Holm and BH values worked by hand (see comments).
 * Sample sizes from the normal formulas evaluated with scipy.stats.norm.ppf. Confidence-sequence multipliers from
 * the Waudby-Smith formula evaluated with numpy at alpha 0.05 and 10,000 tuning units.
 */
class ChecksAndCorrectionsTest {
    @Test
    void srmMatchesScipyAndAlertsOnlyBelowThreshold() {
        SrmCheck.Result ok = SrmCheck.test(new long[] {5000, 5200}, new double[] {0.5, 0.5}, SrmCheck.DEFAULT_THRESHOLD);
        assertThat(ok.chiSquare()).isCloseTo(3.9215686274509802, within(1e-12));
        assertThat(ok.pValue()).isCloseTo(0.0476703806561615, within(1e-12));
        assertThat(ok.mismatch()).isFalse();
        assertThat(SrmCheck.test(new long[] {5000, 5400}, new double[] {1, 1}, 0.001).mismatch()).isTrue();
        assertThat(SrmCheck.test(new long[] {2000, 8000}, new double[] {0.2, 0.8}, 0.001).mismatch()).isFalse();
    }

    @Test
    void holmAndBenjaminiHochberg() {
        double[] p = {0.01, 0.04, 0.03, 0.005};
        // Holm: sorted 0.005·4=0.02, 0.01·3=0.03, 0.03·2=0.06, 0.04·1=0.04 → running max 0.06
        assertThat(Holm.adjust(p)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
        // BH: 0.005·4/1=0.02, 0.01·4/2=0.02, 0.03·4/3=0.04, 0.04·4/4=0.04 → running min from the top
        assertThat(BenjaminiHochberg.adjust(p)).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
    }

    @Test
    void sampleSizeAndPower() {
        // 2·(1.959964 + 0.841621)² / 0.1² = 1569.8
        assertThat(SampleSize.perGroupForMeans(1, 0.1, 0.05, 0.8)).isEqualTo(1570);
        assertThat(SampleSize.perGroupForProportions(0.10, 0.02, 0.05, 0.8)).isEqualTo(3841); // 3840.85
        assertThat(SampleSize.powerForMeans(1000, 1, 0.1, 0.05)).isCloseTo(0.6087659030488964, within(1e-9));
    }

    @Test
    void confidenceSequenceMultipliers() {
        ConfidenceSequence cs = ConfidenceSequence.standard(0.05);
        assertThat(cs.multiplier(1_000)).isCloseTo(3.8550546335303104, within(1e-9));
        assertThat(cs.multiplier(10_000)).isCloseTo(3.0352089903762534, within(1e-9));
        assertThat(cs.multiplier(100_000)).isCloseTo(3.2417231454054374, within(1e-9));
        // the always-valid p-value crosses alpha exactly where the interval touches zero
        assertThat(cs.alwaysValidP(cs.multiplier(10_000), 10_000)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void thompsonSamplingFavoursTheBetterArm() {
        double[] share = ThompsonSampling.allocation(new long[] {10, 30, 12}, new long[] {200, 200, 200}, 20_000, 5);
        assertThat(share[1]).isGreaterThan(0.99);
        assertThat(share[0] + share[1] + share[2]).isCloseTo(1.0, within(1e-12));
        double[] even = ThompsonSampling.allocation(new long[] {0, 0}, new long[] {0, 0}, 20_000, 5);
        assertThat(even[0]).isCloseTo(0.5, within(0.02));
    }
}
