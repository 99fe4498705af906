/**
 * Recommendations as a live service: {@link io.marketpilot.engine.recommend.ModelLifecycle} trains the shop's models
 * ({@link io.marketpilot.engine.recommend.ShopModels}), saves them to the model registry and promotes them through a
 * gate; {@link io.marketpilot.engine.recommend.LiveRecommender} serves the active version with real-time history,
 * rules, diversity, cold start and explanations. Entry points: both, composed by the Engine.
 */
package io.marketpilot.engine.recommend;
