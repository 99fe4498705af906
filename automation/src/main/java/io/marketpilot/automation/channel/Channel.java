package io.marketpilot.automation.channel;

import io.marketpilot.automation.guard.ConsentTopic;

/**
 * A way to reach customers. {@link #send} delivers one message and must pass its idempotency key on (a header,
 * the Message-ID) so a receiver can drop the copy a crash-and-retry may produce; it reports failure as a value.
 * Implementations: {@link WebhookChannel}, {@link EmailChannel}, {@link OutboxChannel}; contract:
 * {@code ChannelContract} in the tests.
 */
public interface Channel {
    ChannelName name();

    /** The channel type's registered name ({@code webhook}, {@code email}, {@code outbox}). */
    String type();

    /** What consent a customer must have given for this channel. */
    ConsentTopic topic();

    SendResult send(Message message);
}
