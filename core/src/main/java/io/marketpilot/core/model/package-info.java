/**
 * Trainer → Model with {@link io.marketpilot.core.model.Provenance}, and the
 * {@link io.marketpilot.core.model.ModelStore} registry that versions saved models.
 */
package io.marketpilot.core.model;
