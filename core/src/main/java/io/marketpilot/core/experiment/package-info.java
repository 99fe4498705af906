/**
 * The experiment registry SPI: {@link io.marketpilot.core.experiment.ExperimentStore} keeps each experiment's
 * definition (a JSON-like document the engine validates and types) and its lifecycle
 * (draft → running → stopped). Implementations live in the store module.
 */
package io.marketpilot.core.experiment;
