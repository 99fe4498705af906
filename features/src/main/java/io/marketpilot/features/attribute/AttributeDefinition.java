package io.marketpilot.features.attribute;

/**
 * What a computed attribute is: its name (snake_case, the key in profiles and segment conditions), a one-line
 * meaning, the JSON type of its value, and what refreshes it.
 */
public record AttributeDefinition(String name, String description, String type, Refresh refresh) {
    /** Whether the value follows each event, or also depends on shop-wide statistics refit periodically. */
    public enum Refresh {
        /** Computed from the profile alone; current within a second of the event. */
        ON_EVENT,
        /** Evaluated from the profile on read, with shop-wide parameters (quintiles, fitted models) from the last refit. */
        ON_REFIT
    }

    public AttributeDefinition {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("attribute name must be snake_case, got " + name);
        }
    }
}
