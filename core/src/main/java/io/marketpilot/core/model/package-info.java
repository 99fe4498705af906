/**
 * Trainer → Model with {@link io.marketpilot.core.model.Provenance}, and the
 * {@link io.marketpilot.core.model.ModelStore} registry: versions per name, at most one of them active,
 * an {@link io.marketpilot.core.model.Activation} history for promotion and rollback, and
 * {@link io.marketpilot.core.model.ModelStatus} derived from that history.
 */
package io.marketpilot.core.model;
