package io.marketpilot.automation.journey;

import java.time.Instant;

/** The re-entry policy and the per-journey limits, as one pure decision. */
public final class EntryPolicy {
    private EntryPolicy() {}

    /**
     * Whether a customer with this history may enter {@code d} at {@code now}, when {@code activeRuns} runs of the
     * journey are active. A customer never has two active runs of one journey.
     */
    public static EntryDecision mayEnter(JourneyDefinition d, EntryHistory history, long activeRuns, Instant now) {
        if (history.activeRun()) {
            return new EntryDecision.Refused("already in the journey");
        }
        Limits limits = d.limits();
        if (limits.maxEntriesPerCustomer() > 0 && history.entries() >= limits.maxEntriesPerCustomer()) {
            return new EntryDecision.Refused("entered " + history.entries() + " times, the most this journey allows");
        }
        if (limits.maxConcurrentRuns() > 0 && activeRuns >= limits.maxConcurrentRuns()) {
            return new EntryDecision.Refused("the journey has " + activeRuns + " customers in it, its limit");
        }
        if (history.entries() == 0 || history.lastEntryAt() == null) {
            return new EntryDecision.Enter();
        }
        return switch (d.reEntry()) {
            case ReEntry.Never n -> new EntryDecision.Refused("entered before, and this journey allows no re-entry");
            case ReEntry.Always a -> new EntryDecision.Enter();
            case ReEntry.After after -> {
                Instant allowed = history.lastEntryAt().plus(after.gap());
                yield now.isBefore(allowed) ? new EntryDecision.Refused("re-entry allowed from " + allowed)
                        : new EntryDecision.Enter();
            }
        };
    }
}
