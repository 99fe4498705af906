/**
 * Metrics defined from events and kept incrementally: {@link io.marketpilot.experiments.metrics.ExposureLedger}
 * records each unit's first exposure and folds every later event into per-unit outcome slots; {@code moments()}
 * turns them into per-variant sufficient statistics (winsorised where asked) in one pass over units with outcomes.
 */
package io.marketpilot.experiments.metrics;
