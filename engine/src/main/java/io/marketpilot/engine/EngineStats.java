package io.marketpilot.engine;

import io.marketpilot.core.store.EventStats;

/** Counts across the stores, for {@code stats --json} and the health page. */
public record EngineStats(EventStats events, long items, long customers) {}
