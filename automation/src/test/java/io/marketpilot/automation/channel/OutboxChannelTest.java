package io.marketpilot.automation.channel;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

class OutboxChannelTest extends ChannelContract {
    @Override
    protected Channel working() {
        return ChannelTypes.create(ChannelName.of("sms-box"), "outbox", Map.of("consent_topic", "sms"),
                TestContexts.context(Clock.fixed(TestContexts.T0, ZoneOffset.UTC)));
    }

    @Override
    protected Channel failing() {
        return null;
    }

    @Override
    protected List<String> receivedKeys() {
        return List.of();
    }
}
