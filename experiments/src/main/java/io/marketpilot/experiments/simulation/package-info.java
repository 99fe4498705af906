/**
 * Seeded simulations that validate the statistics engine: {@link io.marketpilot.experiments.simulation.AaSimulation}
 * runs many A/A experiments and measures false-positive rates (fixed horizon, sequential, naive peeking), interval
 * coverage and the CUPED variance reduction.
 */
package io.marketpilot.experiments.simulation;
