package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Beta-Binomial references: P(T > C) for Beta(151, 851) vs Beta(121, 881) by scipy.integrate.quad of
 * beta.pdf(x; T) · beta.cdf(x; C); losses and interval from 4,000,000 numpy draws (seed 1). Gaussian references from
 * the closed form evaluated with scipy.stats.norm.
 */
class BayesianTest {
    @Test
    void betaBinomialMatchesNumericalIntegration() {
        BayesianResult r = BetaBinomialModel.standard().compare(120, 1000, 150, 1000, 0.95);
        assertThat(r.probabilityToBeatControl()).isCloseTo(0.975067836812144, within(0.002));
        assertThat(r.expectedLossTreatment()).isCloseTo(0.0010211299918001318, within(0.0002));
        assertThat(r.expectedLossControl()).isCloseTo(0.258108942754649, within(0.003));
        assertThat(r.relativeCredibleInterval().lower()).isCloseTo(1.58106006e-04, within(0.005));
        assertThat(r.relativeCredibleInterval().upper()).isCloseTo(0.562653961, within(0.01));
    }

    @Test
    void sameSeedSameAnswer() {
        assertThat(BetaBinomialModel.standard().compare(12, 100, 15, 100, 0.95))
                .isEqualTo(BetaBinomialModel.standard().compare(12, 100, 15, 100, 0.95));
    }

    @Test
    void gaussianFlatAndWithPrior() {
        MeanEstimate c = new MeanEstimate(10, 0.08, 50, 49);
        MeanEstimate t = new MeanEstimate(11, 0.225, 40, 39);
        BayesianResult flat = GaussianModel.flat().compare(c, t, 0.95);
        assertThat(flat.probabilityToBeatControl()).isCloseTo(0.9610342347954726, within(1e-9));
        assertThat(flat.expectedLossTreatment()).isCloseTo(0.0008887728270904373, within(1e-9));
        BayesianResult prior = new GaussianModel(0.3).compare(c, t, 0.95);
        assertThat(prior.relativeLift()).isCloseTo(0.09654787701945979, within(1e-9));
        assertThat(prior.probabilityToBeatControl()).isCloseTo(0.9583740311978015, within(1e-9));
    }
}
