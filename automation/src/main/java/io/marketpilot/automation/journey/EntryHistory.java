package io.marketpilot.automation.journey;

import java.time.Instant;

/**
 * What the entry policy needs to know of one customer's past in one journey (all versions): how often they
 * entered, when last ({@code null} if never) and whether a run of theirs is still active.
 */
public record EntryHistory(int entries, Instant lastEntryAt, boolean activeRun) {
    public static final EntryHistory NONE = new EntryHistory(0, null, false);
}
