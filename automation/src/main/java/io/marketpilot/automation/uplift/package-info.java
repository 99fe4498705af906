/**
 * Who should get an offer: uplift models trained on treatment/control data
 * ({@link io.marketpilot.automation.uplift.TwoModelUpliftTrainer} → {@link io.marketpilot.automation.uplift.UpliftModel},
 * saved by {@link io.marketpilot.automation.uplift.UpliftModelFormat}), evaluated by Qini and AUUC against random
 * targeting ({@link io.marketpilot.automation.uplift.UpliftEvaluation}), and the threshold a journey action applies.
 */
package io.marketpilot.automation.uplift;
