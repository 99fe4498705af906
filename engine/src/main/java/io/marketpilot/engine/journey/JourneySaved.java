package io.marketpilot.engine.journey;

/** What saving a definition did: the version it got, whether the journey is new, and its status now. */
public record JourneySaved(String id, int version, boolean created, JourneyStatus status) {
}
