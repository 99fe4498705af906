package io.marketpilot.engine.journey;

import java.time.Instant;

/** One journey in a list: its latest version, status and how many customers are in it now. */
public record JourneySummary(String id, String name, int latestVersion, JourneyStatus status, long activeRuns,
                             Instant updatedAt) {
}
