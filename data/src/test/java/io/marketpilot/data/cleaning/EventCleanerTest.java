package io.marketpilot.data.cleaning;

import static io.marketpilot.data.cleaning.WireMaps.map;
import static io.marketpilot.data.cleaning.WireMaps.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.validation.FieldError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventCleanerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final EventCleaner cleaner = new EventCleaner(CLOCK);
    private final BotDetector bots = new BotDetector(BotPolicy.DEFAULT);

    @Test
    void validRecordsComeOutInInputOrder() {
        CleanedEvents out = cleaner.clean(List.of(
                view("u2", "2026-03-01T10:00:00Z", "event_id", "e1"),
                view("u1", "2026-03-01T09:00:00Z", "event_id", "e2")), bots);

        assertThat(out.accepted()).extracting(e -> e.id().value()).containsExactly("e1", "e2");
        assertThat(out.rejections()).isEmpty();
        assertThat(out.duplicates()).isZero();
        assertThat(out.newBotActors()).isEmpty();
    }

    @Test
    void textIsNormalisedBeforeParsing() {
        CleanedEvents out = cleaner.clean(List.of(map(
                "\uFEFFtype", " ＶＩＥＷ ", "user_id", "ｕ１\u200B", "item_id", "ＳＫＵ－１２",
                "timestamp", "２０２６-03-01T10:15:00Z", "context", map("ｄｅｖｉｃｅ", "iPhone\u3000 15"))), bots);

        Event e = out.accepted().getFirst();
        assertThat(e.type()).isEqualTo(EventType.VIEW);
        assertThat(e.userId().value()).isEqualTo("u1");
        assertThat(e.itemId().value()).isEqualTo("SKU-12");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(e.context()).isEqualTo(Map.of("device", "iPhone 15"));
    }

    @Test
    void missingRequiredFieldsAndUnreadableValuesAreRejectedWithFieldIndexAndWhatWasFound() {
        CleanedEvents out = cleaner.clean(List.of(
                view("u1", "2026-03-01T10:00:00Z"),
                map("type", "view", "item_id", "sku-1"),
                view("u1", "yesterday", "quantity", "three"),
                view("u1", "2026-03-01 10:00:00")), bots);

        assertThat(out.accepted()).hasSize(1);
        assertThat(out.rejections()).extracting(Rejection::index).containsExactly(1, 2, 3);
        assertThat(out.rejections().get(0).errors()).extracting(FieldError::field).containsExactlyInAnyOrder("user_id", "timestamp");
        assertThat(out.rejections().get(1).errors()).extracting(FieldError::field, FieldError::found)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("timestamp", "\"yesterday\""),
                        org.assertj.core.groups.Tuple.tuple("quantity", "\"three\""));
        assertThat(out.rejections().get(2).message()).startsWith("timestamp: expected an ISO-8601 instant with zone");
    }

    @Test
    void negativeQuantitiesBecomeReturns() {
        CleanedEvents out = cleaner.clean(List.of(
                map("type", "purchase", "user_id", "u1", "item_id", "sku-1", "timestamp", "2026-03-01T10:00:00Z", "quantity", "-2"),
                map("type", "add_to_cart", "user_id", "u1", "item_id", "sku-1", "timestamp", "2026-03-01T10:00:00Z", "quantity", -1),
                view("u1", "2026-03-01T10:00:00Z", "quantity", -1)), bots);

        assertThat(out.accepted()).extracting(Event::type, Event::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventType.REFUND, 2),
                org.assertj.core.groups.Tuple.tuple(EventType.REMOVE_FROM_CART, 1));
        assertThat(out.rejections()).singleElement().extracting(Rejection::index).isEqualTo(2);
    }

    @Test
    void duplicateIdsWithinABatchAreDroppedAndCounted() {
        CleanedEvents out = cleaner.clean(List.of(
                view("u1", "2026-03-01T10:00:00Z", "event_id", "e1"),
                view("u1", "2026-03-01T10:00:05Z", "event_id", "e1"),
                view("u1", "2026-03-01T10:00:00Z"),
                view("u1", "2026-03-01T10:00:00Z")), bots); // same content, so the same derived id

        assertThat(out.accepted()).hasSize(2);
        assertThat(out.accepted().getFirst().timestamp()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(out.duplicates()).isEqualTo(2);
    }

    @Test
    void botsAreFlaggedIncludingTheirEventsBeforeTheThresholdAndReportedOnce() {
        EventCleaner strict = new EventCleaner(CLOCK);
        BotDetector detector = new BotDetector(new BotPolicy(3, Duration.ofSeconds(60), 1_000));
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(view("crawler", "2026-03-01T10:00:0" + i + "Z"));
        }
        batch.add(view("human", "2026-03-01T10:00:00Z"));

        CleanedEvents first = strict.clean(batch, detector);
        CleanedEvents second = strict.clean(List.of(view("crawler", "2026-03-01T11:00:00Z")), detector);

        assertThat(first.newBotActors()).containsExactly("crawler");
        assertThat(first.accepted()).filteredOn(Event::bot).hasSize(5).allMatch(e -> e.actorKey().equals("crawler"));
        assertThat(second.newBotActors()).isEmpty();
        assertThat(second.accepted()).singleElement().extracting(Event::bot).isEqualTo(true);
    }

    @Test
    void futureEventsAreRejectedByTheClock() {
        CleanedEvents out = cleaner.clean(List.of(view("u1", "2026-06-03T00:00:00Z")), bots);
        assertThat(out.rejections()).singleElement().extracting(r -> r.errors().getFirst().field()).isEqualTo("timestamp");
    }
}
