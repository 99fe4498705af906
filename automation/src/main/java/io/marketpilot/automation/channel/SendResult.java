package io.marketpilot.automation.channel;

/** What a channel did with one message. */
public sealed interface SendResult {
    /** Handed over to the receiver; {@code reference} is the receiver's id for it, if any. */
    record Sent(String reference) implements SendResult { }

    /** Kept for an external system to poll and acknowledge (the outbox channel). */
    record Held() implements SendResult { }

    /** Not delivered: retry later if {@code retryable}, else dead-letter at once. */
    record Failed(String reason, boolean retryable) implements SendResult { }
}
