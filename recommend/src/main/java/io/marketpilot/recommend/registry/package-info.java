/** The registry of shipped algorithms. Entry: {@link io.marketpilot.recommend.registry.StandardAlgorithms}. */
package io.marketpilot.recommend.registry;
