/**
 * Bayesian personalised ranking (Rendle et al. 2009): matrix factorisation with item biases trained by SGD on
 * sampled (user, positive, negative) triples. Entry: {@link io.marketpilot.recommend.bpr.BprAlgorithm}. Training
 * is single-threaded and deterministic for a seed unless Hogwild is switched on; unknown or changed histories are
 * folded in by seeded SGD on the user vector alone.
 */
package io.marketpilot.recommend.bpr;
