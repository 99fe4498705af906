package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.segment.SegmentCreation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Segment-entry and date triggers, and the trait and segment actions, on a real engine and simulated time. */
class TriggerTest {
    @TempDir
    Path dir;
    JourneyShop shop;

    @BeforeEach
    void open() {
        shop = new JourneyShop(dir);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void enteringASegmentStartsTheJourneyAndActionsChangeTraitsAndLists() {
        assertThat(shop.engine.segments().create(Map.of("id", "gold", "condition",
                Map.of("trait", "tier", "op", "=", "value", "gold")))).isInstanceOf(SegmentCreation.Created.class);
        shop.save(Map.of("id", "welcome-gold", "trigger", Map.of("type", "segment_entered", "segment", "gold"),
                "steps", List.of(
                        Map.of("id", "mark", "type", "set_trait", "trait", "welcomed", "value", true, "next", "list"),
                        Map.of("id", "list", "type", "add_to_segment", "segment", "gold", "next", "done"),
                        Map.of("id", "done", "type", "exit", "reason", "completed"))));
        shop.engine.journeys().activate("welcome-gold");
        shop.engine.upsertCustomers(List.of(Map.of("user_id", "ann", "traits", Map.of("tier", "gold"))));
        shop.engine.segments().awaitHistory();
        shop.advance(Duration.ofSeconds(1));
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("ann"))).singleElement()
                .satisfies(r -> assertThat(r.exitReason()).contains("completed"));
        var traits = shop.engine.customer(UserId.of("ann")).orElseThrow().traits();
        assertThat(traits).containsEntry("welcomed", true).containsEntry("tier", "gold");
        assertThat(traits.get(IntentPerformer.LISTS_TRAIT)).isEqualTo(List.of("gold"));
    }

    @Test
    void aDateTriggerEntersDaysBeforeTheDateAtTheLocalTime() {
        shop.engine.upsertCustomers(List.of(
                Map.of("user_id", "ann", "traits", Map.of("birthday", "1990-03-05"), "consent", Map.of("email", true)),
                Map.of("user_id", "bob", "traits", Map.of("birthday", "1985-07-01"))));
        shop.save(Map.of("id", "birthday", "trigger", Map.of("type", "date", "trait", "birthday", "days_before", 2,
                        "at", "09:00"),
                "steps", List.of(Map.of("id", "hello", "type", "send_message", "channel", "box",
                                "template", "abandoned_cart", "data", Map.of("label", "birthday"), "purpose", "transactional", "next", "done"),
                        Map.of("id", "done", "type", "exit", "reason", "completed"))));
        shop.engine.journeys().activate("birthday"); // Monday 2 March 10:00: ann's fire is 3 March 09:00
        shop.advance(Duration.ofHours(22));
        assertThat(shop.box()).isEmpty();
        shop.advance(Duration.ofHours(1));
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("birthday:HELD");
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("ann")).get(0).enteredAt())
                .isEqualTo(JourneyShop.T0.plus(Duration.ofHours(23)));
        shop.advance(Duration.ofDays(3));
        assertThat(shop.box()).hasSize(1);
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("bob"))).isEmpty();
    }
}
