/**
 * The recommender contract: an {@link io.marketpilot.recommend.model.Algorithm} builds a trainer from a typed
 * config; the trained {@link io.marketpilot.recommend.model.ScoringModel} scores every item for a
 * {@link io.marketpilot.recommend.model.UserHistory}; each model type has a versioned
 * {@link io.marketpilot.recommend.model.ModelFormat}. Algorithms are registered in one place.
 */
package io.marketpilot.recommend.model;
