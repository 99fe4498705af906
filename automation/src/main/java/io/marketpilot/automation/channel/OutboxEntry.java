package io.marketpilot.automation.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * A message in the durable outbox and where it stands. {@code admitted}: the guards let it through (retries do
 * not ask them again). {@code due}: when the dispatcher next tries it (pending) or null.
 */
public record OutboxEntry(Message message, Status status, int attempts, boolean admitted, Instant createdAt,
                          Instant due, Instant doneAt, String detail) {
    /** Where a message stands. */
    public enum Status {
        /** Recorded, not yet delivered (first attempt, delayed by a guard, or waiting to retry). */
        PENDING,
        /** Delivered to the receiver. */
        SENT,
        /** Held for an external system to poll (outbox channel). */
        HELD,
        /** Acknowledged by the external system that polled it. */
        ACKED,
        /** Dropped by a guard (consent, frequency cap): never sent. */
        BLOCKED,
        /** Failed too often or for good: dead-lettered. */
        DEAD
    }

    public OutboxEntry {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String key() {
        return message.key();
    }

    /** When the send counted for the frequency caps: when it was done, else (still retrying) when it was due. */
    public static Instant admittedAt(OutboxEntry e) {
        return e.doneAt() != null ? e.doneAt() : e.due() != null ? e.due() : e.createdAt();
    }
}
