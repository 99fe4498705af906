/**
 * Offline evaluation per EVALUATION.md: {@link io.marketpilot.recommend.evaluation.Protocol} cuts a log into a
 * {@link io.marketpilot.recommend.evaluation.Split}; {@link io.marketpilot.recommend.evaluation.EvaluationRun}
 * tunes on a validation split carved from training, trains, and measures with full ranking. Entry: EvaluationRun.
 */
package io.marketpilot.recommend.evaluation;
