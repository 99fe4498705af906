package io.marketpilot.engine.journey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One journey: its latest definition (the JSON as saved), every version with when it was saved and how many
 * customers still run on it, and its status.
 */
public record JourneyView(String id, String name, JourneyStatus status, int latestVersion,
                          Map<String, Object> definition, List<Version> versions) {
    public JourneyView {
        definition = Map.copyOf(definition);
        versions = List.copyOf(versions);
    }

    /** A saved version and the customers still running on it. */
    public record Version(int version, Instant savedAt, long activeRuns) {
    }
}
