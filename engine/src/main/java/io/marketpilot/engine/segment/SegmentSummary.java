package io.marketpilot.engine.segment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A segment as the API shows it: id, name, description, the definition as sent, creation time, current size and,
 * when asked for, the size at evenly spaced instants since creation.
 */
public record SegmentSummary(String id, String name, String description, Map<String, Object> definition,
                             Instant createdAt, long size, List<SizeAt> history) {
    public record SizeAt(Instant at, long size) {}
}
