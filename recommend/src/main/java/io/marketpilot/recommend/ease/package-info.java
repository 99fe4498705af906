/**
 * EASE, the closed-form linear item-item recommender. Entry: {@link io.marketpilot.recommend.ease.EaseAlgorithm}.
 * Training inverts a dense SPD matrix in plain Java (blocked Gauss-Jordan, multi-threaded), over items or, via the
 * Woodbury identity, over users when that is cheaper. Models are immutable; B's diagonal is always zero.
 */
package io.marketpilot.recommend.ease;
