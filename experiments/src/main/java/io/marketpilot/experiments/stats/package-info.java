/**
 * The statistics engine, one method per file: fixed-horizon tests (Welch, two proportions) with absolute and
 * relative (delta-method) lift intervals, ratio metrics, CUPED, always-valid confidence sequences, Bayesian
 * Beta-Binomial and Gaussian models, SRM, Holm and Benjamini-Hochberg, sample size and a Thompson-sampling bandit.
 * Inputs are sufficient statistics ({@link io.marketpilot.experiments.stats.Moments}), never raw rows.
 */
package io.marketpilot.experiments.stats;
