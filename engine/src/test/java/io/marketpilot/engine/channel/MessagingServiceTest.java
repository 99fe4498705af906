package io.marketpilot.engine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's messaging over a real state.sqlite: channels and frequency caps survive a restart. */
class MessagingServiceTest {
    @TempDir
    Path dir;
    private final Clock noon = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private static Optional<Customer> customer(UserId id) {
        return Optional.of(new Customer(id, Map.of("email", id + "@example.com"), new Consent(true, true, true, true),
                Instant.EPOCH, Map.of()));
    }

    private <T> T withService(java.util.function.Function<MessagingService, T> work) {
        try (EmbeddedStores stores = EmbeddedStores.open(dir, noon);
             StateDatabase db = StateDatabase.open(dir.resolve(EmbeddedStores.STATE_FILE));
             MessagingService m = new MessagingService(db, MessagingConfig.defaults(), noon,
                     "tracking-secret-for-tests-32byte".getBytes(StandardCharsets.UTF_8), MessagingServiceTest::customer,
                     id -> List.of(), events::addAll)) {
            return work.apply(m);
        }
    }

    private static Message marketing(String key) {
        return new Message(key, ChannelName.of("box"), UserId.of("ann"), Purpose.MARKETING, "t", "en", Map.of());
    }

    @Test
    void channelsAndCapsSurviveARestart() {
        withService(m -> {
            m.configure(ChannelName.of("box"), "outbox", Map.of("consent_topic", "sms"));
            m.send(marketing("k1"));
            m.send(marketing("k2"));
            return m.deliverDue();
        });
        OutboxEntry third = withService(m -> {
            assertThat(m.channels()).extracting(c -> c.name().value()).containsExactly("box");
            m.send(marketing("k3"));
            m.deliverDue();
            return m.dispatcher().entry("k3").orElseThrow();
        });
        assertThat(third.status()).isEqualTo(OutboxEntry.Status.BLOCKED);
        assertThat(third.detail()).startsWith("frequency cap 2 per day across channels reached");
    }

    @Test
    void tracksOpensAndClicksOfRecordedMessagesOnly() {
        withService(m -> {
            m.configure(ChannelName.of("box"), "outbox", Map.of());
            m.send(marketing("k1"));
            assertThat(m.opened(m.tracking().open("k1"))).isTrue();
            assertThat(m.opened(m.tracking().open("unknown"))).isFalse();
            assertThat(m.clicked(m.tracking().click("k1", "https://shop.example/x"))).contains("https://shop.example/x");
            assertThat(m.clicked("forged.token")).isEmpty();
            return null;
        });
        assertThat(events).extracting(e -> e.id().value()).hasSize(2).first().isEqualTo("message_opened:k1");
    }
}
