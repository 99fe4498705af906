/**
 * Uplift in the engine: {@link io.marketpilot.engine.uplift.UpliftService} trains a two-model uplift estimator on
 * treatment/control data, saves it in the model registry under {@code uplift}, and answers "predicted uplift for
 * these customer features" and the threshold filter journeys apply.
 */
package io.marketpilot.engine.uplift;
