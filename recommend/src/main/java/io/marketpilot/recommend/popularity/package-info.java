/** Popularity baselines: all-time and recent-window (trending) item counts. Entry: {@link io.marketpilot.recommend.popularity.PopularityAlgorithm}. */
package io.marketpilot.recommend.popularity;
