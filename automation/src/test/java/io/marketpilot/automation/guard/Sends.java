package io.marketpilot.automation.guard;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.core.id.UserId;

/** Send attempts with sane defaults for guard tests. */
final class Sends {
    static final ChannelName EMAIL = ChannelName.of("email");
    static final ChannelName HOOK = ChannelName.of("hook");

    private Sends() {}

    static SendAttempt marketing(String customer, ChannelName channel) {
        return new SendAttempt(UserId.of(customer), channel, ConsentTopic.EMAIL, Purpose.MARKETING);
    }

    static SendAttempt transactional(String customer, ChannelName channel) {
        return new SendAttempt(UserId.of(customer), channel, ConsentTopic.EMAIL, Purpose.TRANSACTIONAL);
    }
}
