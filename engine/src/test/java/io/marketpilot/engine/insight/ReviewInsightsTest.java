package io.marketpilot.engine.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.ItemId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews through a real engine (DuckDB/SQLite on a temp dir, the shipped head, the int8 encoder). */
class ReviewInsightsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Map<String, Object> review(String id, String item, String user, String text, String at) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (id != null) {
            r.put("review_id", id);
        }
        r.put("item_id", item);
        r.put("user_id", user);
        r.put("text", text);
        if (at != null) {
            r.put("timestamp", at);
        }
        return r;
    }

    @Test
    void reviews_are_stored_analysed_on_arrival_and_summarised_per_item() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            List<Map<String, Object>> batch = new ArrayList<>();
            batch.add(review("r1", "i1", "u1", "物流很快，质量很好，非常满意！", "2026-11-02T10:00:00Z"));
            batch.add(review("r2", "i1", "u2", "质量太差了，穿了一次就坏了，再也不买了", "2026-11-03T10:00:00Z"));
            batch.add(review("r3", "i1", "u3", "价格便宜，包装完好，很喜欢", "2026-11-10T10:00:00Z"));
            batch.add(review(null, "i1", "u4", "Great price and fast shipping, love it", null));
            batch.add(review("bad", "i1", "u5", "   ", null));
            ReviewSubmission s = engine.reviews().submit(batch);
            assertThat(s.ingest().accepted()).isEqualTo(4);
            assertThat(s.analysed()).isEqualTo(4);
            assertThat(s.ingest().rejected()).singleElement().satisfies(r -> {
                assertThat(r.index()).isEqualTo(4);
                assertThat(r.reason()).contains("text");
            });

            ItemInsights in = engine.reviews().insights("i1");
            assertThat(in.reviews()).isEqualTo(4);
            assertThat(in.sentiment().positive()).isEqualTo(0.75);
            assertThat(in.sentiment().negative()).isEqualTo(0.25);
            assertThat(in.trend()).extracting(ItemInsights.Week::week).containsExactly("2026-W45", "2026-W46", "2026-W47");
            assertThat(in.aspects()).extracting(ItemInsights.AspectSummary::aspect).contains("quality", "logistics", "price");
            assertThat(in.aspects().stream().filter(a -> a.aspect().equals("quality")).findFirst().orElseThrow())
                .satisfies(q -> {
                    assertThat(q.positive()).isGreaterThanOrEqualTo(1);
                    assertThat(q.negative()).isGreaterThanOrEqualTo(1);
                });
            assertThat(in.negativeQuotes()).extracting(ItemInsights.Quote::reviewId).containsExactly("r2");
            assertThat(in.positiveQuotes()).hasSize(3);

            ReviewSubmission again = engine.reviews().submit(batch.subList(0, 4));
            assertThat(again.ingest().duplicates()).isEqualTo(4);
            assertThat(again.analysed()).isZero();
        }
        try (Engine reopened = Engine.open(EngineConfig.at(dir), CLOCK)) {
            assertThat(reopened.reviews().insights("i1").reviews()).isEqualTo(4);
        }
    }

    @Test
    void reviews_sent_as_plain_events_are_analysed_when_insights_are_asked_for() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event_id", "e1");
            e.put("type", "review");
            e.put("user_id", "u1");
            e.put("item_id", "i9");
            e.put("timestamp", "2026-11-05T00:00:00Z");
            e.put("properties", Map.of("text", "味道很好，很新鲜"));
            assertThat(engine.ingestEvents(List.of(e)).accepted()).isEqualTo(1);
            ItemInsights in = engine.reviews().insights("i9");
            assertThat(in.reviews()).isEqualTo(1);
            assertThat(in.aspects()).extracting(ItemInsights.AspectSummary::aspect).contains("taste");
            assertThat(engine.reviews().insights("nothing").reviews()).isZero();
        }
    }

    @Test
    void item_embeddings_put_items_of_a_kind_next_to_each_other() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            engine.upsertItems(List.of(item("a", "红色连衣裙 夏季新款", "服装"), item("b", "碎花连衣裙 长款", "服装"),
                item("c", "华为平板电脑 10寸", "数码"), item("d", "苹果平板 iPad", "数码")));
            float[] a = engine.itemEmbeddings().of(new ItemId("a")).orElseThrow();
            float[] b = engine.itemEmbeddings().of(new ItemId("b")).orElseThrow();
            float[] c = engine.itemEmbeddings().of(new ItemId("c")).orElseThrow();
            float[] d = engine.itemEmbeddings().of(new ItemId("d")).orElseThrow();
            assertThat(dot(a, b)).isGreaterThan(dot(a, c));
            assertThat(dot(c, d)).isGreaterThan(dot(b, d));
            assertThat(engine.itemEmbeddings().of(new ItemId("missing"))).isEmpty();
        }
    }

    static Map<String, Object> item(String id, String title, String category) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item_id", id);
        m.put("title", title);
        m.put("category", List.of(category));
        return m;
    }

    static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
