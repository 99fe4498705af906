package io.marketpilot.engine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing messaging stops its delivery loop before returning, so the engine can close the state database next
 * (before, a pass still running logged "database connection closed" at shutdown).
 */
class MessagingCloseTest {
    @TempDir
    Path dir;

    @Test
    void closeWaitsForTheDeliveryLoopToStop() throws InterruptedException {
        Clock noon = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
        MessagingConfig d = MessagingConfig.defaults();
        MessagingConfig fast = new MessagingConfig(d.retry(), d.caps(), d.quietStart(), d.quietEnd(), d.shopZone(),
                d.rateLimits(), d.publicBaseUrl(), Duration.ofMillis(5));
        try (EmbeddedStores stores = EmbeddedStores.open(dir, noon);
             StateDatabase db = StateDatabase.open(dir.resolve(EmbeddedStores.STATE_FILE))) {
            MessagingService m = new MessagingService(db, fast, noon,
                    "tracking-secret-for-tests-32byte".getBytes(StandardCharsets.UTF_8),
                    id -> Optional.of(new Customer(id, Map.of("email", id + "@example.com"),
                            new Consent(true, true, true, true), Instant.EPOCH, Map.of())),
                    id -> List.of(), events -> { });
            m.configure(ChannelName.of("box"), "outbox", Map.of());
            List<Message> many = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                many.add(new Message("k" + i, ChannelName.of("box"), UserId.of("u" + i), Purpose.MARKETING, "t", "en",
                        Map.of()));
            }
            m.sendAll(many);
            m.start();
            while (m.dispatcher().entry("k0").orElseThrow().status()
                    == io.marketpilot.automation.channel.OutboxEntry.Status.PENDING) {
                Thread.sleep(2); // the loop is delivering now
            }
            m.close();
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(t -> t.getName().equals("mp-outbox") && t.isAlive());
        }
    }
}
