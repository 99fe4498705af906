package io.marketpilot.automation.guard;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.core.id.UserId;
import java.util.Objects;

/** One message about to be sent: to whom, on which channel (and what that channel reaches), and why. */
public record SendAttempt(UserId customer, ChannelName channel, ConsentTopic topic, Purpose purpose) {
    public SendAttempt {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(purpose, "purpose");
    }

    public boolean marketing() {
        return purpose == Purpose.MARKETING;
    }
}
