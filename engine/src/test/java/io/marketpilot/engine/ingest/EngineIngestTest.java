package io.marketpilot.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.config.EngineConfig.IngestConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineIngestTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Engine engine;

    @BeforeEach
    void open() {
        engine = Engine.open(new EngineConfig(dir, new IngestConfig(1_000, 20, 60)), CLOCK);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    static Map<String, Object> view(String id, String user, String item, String ts) {
        Map<String, Object> m = new HashMap<>();
        m.put("event_id", id);
        m.put("type", "view");
        m.put("user_id", user);
        m.put("item_id", item);
        m.put("timestamp", ts);
        return m;
    }

    @Test
    void acceptsValidEventsAndReportsEachRejectionWithItsIndex() {
        Map<String, Object> bad = view("e-2", "u-1", "sku-1", "not a time");
        IngestResult result = engine.ingestEvents(List.of(view("e-1", "u-1", "sku-1", "2026-10-01T10:00:00Z"), bad,
                view("e-3", "u-1", "sku-2", "2026-10-01T10:01:00Z")));
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.reason()).contains("timestamp").contains("not a time");
        });
        assertThat(engine.recentEvents(UserId.of("u-1"), 10)).extracting(e -> e.id().value()).containsExactly("e-3", "e-1");
    }

    @Test
    void replayingABatchChangesNothing() {
        List<Map<String, Object>> batch = List.of(view("e-1", "u-1", "sku-1", "2026-10-01T10:00:00Z"),
                view("e-2", "u-2", "sku-1", "2026-10-01T10:00:00Z"));
        engine.ingestEvents(batch);
        var before = engine.stats();
        IngestResult replay = engine.ingestEvents(batch);
        assertThat(replay.accepted()).isZero();
        assertThat(replay.duplicates()).isEqualTo(2);
        assertThat(engine.stats()).isEqualTo(before);
    }

    @Test
    void negativeQuantityPurchasesAreStoredAsRefunds() {
        Map<String, Object> purchase = view("e-1", "u-1", "sku-1", "2026-10-01T10:00:00Z");
        purchase.put("type", "purchase");
        purchase.put("quantity", -2);
        engine.ingestEvents(List.of(purchase));
        Event stored = engine.recentEvents(UserId.of("u-1"), 1).get(0);
        assertThat(stored.type()).isEqualTo(EventType.REFUND);
        assertThat(stored.quantity()).isEqualTo(2);
    }

    @Test
    void actorsAtInhumanRatesAreFlaggedIncludingTheirEarlierEvents() {
        engine.ingestEvents(List.of(view("early", "bot-1", "sku-1", "2026-10-01T09:00:00Z")));
        List<Map<String, Object>> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            burst.add(view("b-" + i, "bot-1", "sku-" + i, "2026-10-01T10:00:%02dZ".formatted(i)));
        }
        burst.add(view("human", "u-1", "sku-1", "2026-10-01T10:00:00Z"));
        engine.ingestEvents(burst);
        assertThat(engine.recentEvents(UserId.of("bot-1"), 100)).hasSize(31).allMatch(Event::bot);
        assertThat(engine.recentEvents(UserId.of("u-1"), 10)).noneMatch(Event::bot);
        assertThat(engine.stats().events().botEvents()).isEqualTo(31);
    }

    @Test
    void oversizedBatchesAreRefusedWhole() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            batch.add(view("e-" + i, "u-1", "sku-1", "2026-10-01T10:00:00Z"));
        }
        assertThatThrownBy(() -> engine.ingestEvents(batch)).isInstanceOf(BatchTooLargeException.class)
                .hasMessageContaining("at most 1000");
        assertThat(engine.stats().events().total()).isZero();
    }

    @Test
    void fullWidthAndBomTextIsNormalisedBeforeValidation() {
        Map<String, Object> raw = view("ｅ－１", "\uFEFFｕ１", "ＳＫＵ－１２", "２０２６-10-01T10:00:00Z");
        assertThat(engine.ingestEvents(List.of(raw)).accepted()).isEqualTo(1);
        Event e = engine.recentEvents(UserId.of("u1"), 1).get(0);
        assertThat(e.itemId().value()).isEqualTo("SKU-12");
        assertThat(e.id().value()).isEqualTo("e-1");
    }
}
