package io.marketpilot.engine.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.testkit.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest on another thread while segments are created: it must not wait for the backfill, and afterwards the live
 * members equal the batch SQL's exactly. The conditions compare counts with "=", so an event counted twice (seen by
 * the replay and again from ingest) or missed (in neither) changes the members.
 */
class CreationDuringIngestTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final int CUSTOMERS = 40;

    @TempDir
    Path dir;
    final SimulatedClock clock = new SimulatedClock(NOW);
    final ExecutorService other = Executors.newSingleThreadExecutor();
    final SplittableRandom random = new SplittableRandom(17);
    Engine engine;
    int next;

    @BeforeEach
    void open() {
        engine = Engine.open(EngineConfig.at(dir), clock);
        engine.upsertItems(List.of(
                Map.of("item_id", "p1", "title", "Phone", "category", List.of("数码", "手机"), "price", 999),
                Map.of("item_id", "c1", "title", "Case", "category", List.of("配件"), "price", 9)));
        engine.ingestEvents(batch(400, Duration.ofDays(80)));
    }

    @AfterEach
    void close() {
        other.shutdownNow();
        engine.close();
    }

    @Test
    void ingestGoesOnDuringCreationsAndEveryEventCountsOnce() throws Exception {
        List<Long> ingestMillis = new ArrayList<>();
        engine.segments().onCreationStage(stage -> {
            // a batch stored at each stage: before the replay's log position is used, and after the replay
            Future<?> ingest = other.submit(() -> {
                long t = System.nanoTime();
                engine.ingestEvents(batch(60, Duration.ofDays(70)));
                ingestMillis.add((System.nanoTime() - t) / 1_000_000);
            });
            try {
                ingest.get(20, TimeUnit.SECONDS); // a creation that blocked ingest would never get here
            } catch (Exception e) {
                throw new IllegalStateException("ingest did not finish while a segment was being created", e);
            }
        });
        List<Map<String, Object>> definitions = List.of(
                count("two-phones-30d", "purchase", Map.of("category", "手机"), 2, "30d"),
                count("three-views-7d", "view", Map.of(), 3, "7d"),
                // same filter and measure as the first, longer window: lengthens its channel (block replaced)
                count("two-phones-60d", "purchase", Map.of("category", "手机"), 2, "60d"),
                Map.of("id", "viewed-not-bought", "condition", Map.of("first", Map.of("type", "view"),
                        "not_then", Map.of("type", "purchase"), "within", "2d", "window", "90d")));
        for (Map<String, Object> d : definitions) {
            assertThat(engine.segments().create(d)).isInstanceOf(SegmentCreation.Created.class);
        }
        assertThat(ingestMillis).hasSize(2 * definitions.size());
        engine.ingestEvents(batch(50, Duration.ofDays(5)));
        clock.set(NOW.plusSeconds(1));

        engine.segments().awaitHistory();
        for (Map<String, Object> d : definitions) {
            String id = (String) d.get("id");
            var batchSql = (SegmentPreview.Sized) engine.segments().preview(d, 10_000);
            List<String> live = engine.segments().members(id, null, 10_000).orElseThrow().stream()
                    .map(UserId::value).toList();
            assertThat(live).as(id).containsExactlyElementsOf(batchSql.sample());
            assertThat(engine.segments().list()).filteredOn(s -> s.id().equals(id)).singleElement()
                    .satisfies(s -> assertThat(s.size()).isEqualTo(batchSql.size()));
        }
    }

    private static Map<String, Object> count(String id, String type, Map<String, Object> filter, int n,
                                             String window) {
        Map<String, Object> performed = new HashMap<>(filter);
        performed.put("type", type);
        return Map.of("id", id, "condition", Map.of("performed", performed, "op", "=", "value", n,
                "window", window));
    }

    /** Events of random customers at random times up to {@code back} before now. */
    private List<Map<String, Object>> batch(int n, Duration back) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> m = new HashMap<>();
            m.put("event_id", "e" + next++);
            m.put("type", random.nextInt(3) == 0 ? "purchase" : "view");
            m.put("user_id", "u" + random.nextInt(CUSTOMERS));
            m.put("item_id", random.nextBoolean() ? "p1" : "c1");
            m.put("price", 10);
            m.put("timestamp", NOW.minusSeconds(random.nextLong(back.toSeconds())).toString());
            out.add(m);
        }
        return out;
    }
}
