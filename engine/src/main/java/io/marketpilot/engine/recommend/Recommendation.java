package io.marketpilot.engine.recommend;

import io.marketpilot.core.id.ItemId;

/** One recommended item with its score (comparable within one answer only) and a reason a person can read. */
public record Recommendation(ItemId item, double score, String reason) {}
