/**
 * Experiments over HTTP: {@link io.marketpilot.server.experiments.ExperimentsResource} creates, lists, starts and
 * stops experiments, answers assignments (optionally logging the exposure) and serves reports.
 */
package io.marketpilot.server.experiments;
