/**
 * Experiment reports: {@link io.marketpilot.experiments.report.ReportBuilder} turns per-variant sufficient
 * statistics into, per metric and treatment, fixed-horizon, CUPED, sequential and Bayesian results, p-values
 * corrected across goal metrics × treatments, the SRM check, and plain-language verdicts. The first goal metric is
 * the primary one: it alone can name a winner.
 */
package io.marketpilot.experiments.report;
