package io.marketpilot.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Replaying any batch — valid, invalid, with or without ids, with duplicates — leaves every store unchanged. */
class ReplayProperties {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    Path dir;
    Engine engine;

    @BeforeProperty
    void open() throws IOException {
        dir = Files.createTempDirectory("replay-properties");
        engine = Engine.open(EngineConfig.at(dir), CLOCK);
    }

    @AfterProperty
    void close() throws IOException {
        engine.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 40)
    void replayingAnyBatchChangesNothing(@ForAll("batches") List<Map<String, Object>> batch) {
        IngestResult first = engine.ingestEvents(batch);
        var stats = engine.stats();
        List<Event> stored = all();

        IngestResult replay = engine.ingestEvents(batch);

        assertThat(replay.accepted()).isZero();
        assertThat(replay.duplicates()).isEqualTo(first.accepted() + first.duplicates());
        assertThat(replay.rejected()).extracting(IngestResult.Rejection::index)
                .isEqualTo(first.rejected().stream().map(IngestResult.Rejection::index).toList());
        assertThat(engine.stats()).isEqualTo(stats);
        assertThat(all()).isEqualTo(stored);
    }

    private List<Event> all() {
        List<Event> out = new ArrayList<>();
        engine.scanEvents(EventQuery.all(), out::add);
        return out;
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> batches() {
        return event().list().ofMinSize(1).ofMaxSize(40);
    }

    private Arbitrary<Map<String, Object>> event() {
        Arbitrary<String> id = Arbitraries.of("e-1", "e-2", "e-3", "e-4", null, null);
        Arbitrary<String> type = Arbitraries.of("view", "purchase", "add_to_cart", "search", "refund", "bogus");
        Arbitrary<String> user = Arbitraries.of("u-1", "u-2", "Ｕ－３", null);
        Arbitrary<String> item = Arbitraries.of("sku-1", "sku-2", " sku-3 ", null);
        Arbitrary<String> ts = Arbitraries.of("2026-10-01T10:00:00Z", "2026-10-02T11:30:00+08:00", "1790000000", "soon");
        Arbitrary<Integer> quantity = Arbitraries.of(1, 2, -1, 0);
        return Combinators.combine(id, type, user, item, ts, quantity).as((i, t, u, it, when, q) -> {
            Map<String, Object> m = new HashMap<>();
            m.put("event_id", i);
            m.put("type", t);
            m.put("user_id", u);
            m.put("item_id", it);
            m.put("timestamp", when);
            m.put("quantity", q);
            m.put("properties", Map.of("order_id", "o-" + Math.abs(q)));
            return m;
        });
    }
}
