/**
 * The hybrid recommender: z-scored blend of component models with weights learned on held-out data.
 * Entry: {@link io.marketpilot.recommend.hybrid.HybridAlgorithm}.
 */
package io.marketpilot.recommend.hybrid;
