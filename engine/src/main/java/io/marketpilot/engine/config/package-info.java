/**
 * Configuration: the record tree the engine opens with ({@link io.marketpilot.engine.config.EngineConfig}) and
 * {@link io.marketpilot.engine.config.ConfigLoader}, which fills it from {@code marketpilot.yaml}, the environment and
 * flags (defaults &lt; file &lt; env &lt; flags), reporting every problem at once with its place and key path. Each
 * key is registered once, in {@code ConfigKeys}; the engine is the lowest layer that reads files or the environment.
 */
package io.marketpilot.engine.config;
