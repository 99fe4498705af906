/**
 * Nearest-neighbour recommenders on sparse co-occurrence. Entries: {@link io.marketpilot.recommend.knn.ItemKnnAlgorithm}
 * (per-item top-k neighbour lists, also served as similar items via
 * {@link io.marketpilot.recommend.knn.ItemKnnModel#neighbours}) and {@link io.marketpilot.recommend.knn.UserKnnAlgorithm}
 * (neighbours found at scoring time). No dense n × n matrix is ever built; models are immutable.
 */
package io.marketpilot.recommend.knn;
