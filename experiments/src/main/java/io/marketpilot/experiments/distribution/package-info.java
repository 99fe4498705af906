/**
 * Probability distributions the statistics engine needs, in plain Java: normal, Student t, chi-square, beta and
 * gamma CDFs and quantiles, built on {@link io.marketpilot.experiments.distribution.SpecialFunctions} (log gamma,
 * regularized incomplete beta and gamma). Accurate to about 1e-12 relative; tests pin scipy reference values.
 */
package io.marketpilot.experiments.distribution;
