/**
 * Implicit-feedback matrix factorisation by alternating least squares (Hu, Koren and Volinsky), solved per row
 * with a few warm-started conjugate-gradient steps (Takács et al.) or exactly by Cholesky. Entry:
 * {@link io.marketpilot.recommend.als.IalsAlgorithm}; the trained {@link io.marketpilot.recommend.als.IalsModel}
 * folds new histories in against its fixed item factors. Training is deterministic for a seed whatever the
 * thread count: each row's update reads only the other side's factors.
 */
package io.marketpilot.recommend.als;
