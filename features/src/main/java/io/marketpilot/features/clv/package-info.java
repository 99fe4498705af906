/**
 * Buy-till-you-die models fitted by maximum likelihood on the shop's own customers: BG/NBD (purchase frequency and
 * dropout → P(alive), expected purchases) and Gamma-Gamma (order value), combined into predicted CLV. Entry points:
 * {@link io.marketpilot.features.clv.BgNbdTrainer}, {@link io.marketpilot.features.clv.GammaGammaTrainer}.
 * Time is in days; x counts repeat purchase days.
 */
package io.marketpilot.features.clv;
