/**
 * Experiments in the engine: {@link io.marketpilot.engine.experiments.ExperimentService} stores experiments in
 * the state store, assigns variants at decision time, logs exposures as events and keeps each running
 * experiment's metrics incrementally; {@link io.marketpilot.engine.experiments.CsvExperimentAnalysis} analyses an
 * exposure-level CSV file offline.
 */
package io.marketpilot.engine.experiments;
