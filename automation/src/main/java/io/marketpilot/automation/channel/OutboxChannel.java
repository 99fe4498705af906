package io.marketpilot.automation.channel;

import io.marketpilot.automation.guard.ConsentTopic;
import java.util.Map;
import java.util.Set;

/**
 * Keeps messages for an external system (an SMS gateway, a CRM) to poll and acknowledge: sending only marks the
 * outbox entry held; {@code GET /v1/channels/{name}/messages} lists them and an acknowledgement completes them.
 * Settings: {@code consent_topic} (email, sms, push; default push).
 */
public final class OutboxChannel implements Channel {
    static final String TYPE = "outbox";
    private final ChannelName name;
    private final ConsentTopic topic;

    OutboxChannel(ChannelName name, ConsentTopic topic) {
        this.name = name;
        this.topic = topic;
    }

    static Channel create(ChannelName name, Map<String, ?> raw, ChannelContext context) {
        Settings s = new Settings(raw, Set.of("consent_topic"));
        ConsentTopic topic = s.topic("consent_topic", ConsentTopic.PUSH);
        s.check();
        return new OutboxChannel(name, topic);
    }

    @Override
    public ChannelName name() {
        return name;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ConsentTopic topic() {
        return topic;
    }

    @Override
    public SendResult send(Message message) {
        return new SendResult.Held();
    }
}
