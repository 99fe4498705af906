package io.marketpilot.automation.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable outbox (SQLite in the engine, memory in tests): every message is recorded here before any attempt
 * to send it, and each state change is one durable write. Contract: {@code OutboxStoreContract} in the tests.
 */
public interface OutboxStore {
    /** Records a new pending message due now; false (and nothing changes) if its key is already recorded. */
    boolean record(Message message, Instant now);

    /**
     * Records many messages at once (one durable write where the store can); returns how many were new. Keys
     * recorded before are skipped, as in {@link #record}.
     */
    default int recordAll(List<Message> messages, Instant now) {
        int added = 0;
        for (Message m : messages) {
            added += record(m, now) ? 1 : 0;
        }
        return added;
    }

    Optional<OutboxEntry> get(String key);

    /** Pending messages due at or before {@code now}, oldest due first. */
    List<OutboxEntry> due(Instant now, int limit);

    /** Replaces the entry of the same key (state changes are whole-entry writes). */
    void update(OutboxEntry entry);

    /** Replaces many entries (one durable write where the store can). */
    default void updateAll(List<OutboxEntry> entries) {
        entries.forEach(this::update);
    }

    /**
     * Marketing and transactional entries the guards admitted whose send happened (or was admitted) at or after
     * {@code since}, oldest first: what rebuilds the frequency-cap memory after a restart.
     */
    List<OutboxEntry> admittedSince(Instant since);

    /** Entries of a channel in a status, oldest first, in recording order (status null = any). */
    List<OutboxEntry> list(ChannelName channel, OutboxEntry.Status status, int limit);
}
