package io.marketpilot.automation.segment;

import java.util.Objects;

/** A validated segment: id, human name and description, and the condition its members meet. */
public record SegmentDefinition(SegmentId id, String name, String description, Condition condition) {
    public SegmentDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        name = name == null ? id.value() : name;
        description = description == null ? "" : description;
    }
}
