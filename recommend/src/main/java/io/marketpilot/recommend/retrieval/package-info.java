/**
 * The first stage of two-stage serving on large catalogues: {@link io.marketpilot.recommend.retrieval.InnerProductIndex}
 * finds the items with the largest inner product with a user vector without scoring the whole catalogue (k-means
 * clusters probed best first), on the dot-product kernels of
 * {@link io.marketpilot.recommend.retrieval.InnerProducts} (Vector API when the JVM has {@code jdk.incubator.vector},
 * a scalar fallback otherwise). Entry point: both. Invariant: results never depend on which kernels ran, beyond
 * float rounding.
 */
package io.marketpilot.recommend.retrieval;
