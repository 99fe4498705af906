package io.marketpilot.features.identity;

import io.marketpilot.core.id.EventId;

/**
 * An identify event that would have merged a visitor already merged into another customer: two known customers are
 * never merged automatically, so the visitor stays with {@code mergedInto} and the conflict is reported.
 */
public record IdentityConflict(String anonymousKey, String mergedInto, String claimedBy, EventId byEvent) {}
