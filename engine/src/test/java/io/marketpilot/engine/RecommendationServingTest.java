package io.marketpilot.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.model.ModelStatus;
import io.marketpilot.data.demo.DemoShopConfig;
import io.marketpilot.data.demo.DemoShopGenerator;
import io.marketpilot.data.demo.ProgressListener;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.engine.recommend.Recommendation;
import io.marketpilot.engine.recommend.RecommendationList;
import io.marketpilot.engine.recommend.RecommendationRequest;
import io.marketpilot.engine.recommend.TrainingOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Serving behaviour on a small seeded shop: real time, rules, cold start, item-to-item, and the model lifecycle. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecommendationServingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Engine engine;
    static TrainingOutcome first;
    static List<Item> catalogue = new ArrayList<>();

    @BeforeAll
    static void importAndTrain() throws java.io.IOException {
        var shop = new DemoShopGenerator().generate(
                new DemoShopConfig(11, 300, 600, 60_000, 45, Instant.parse("2026-11-01T00:00:00Z")),
                dir.resolve("shop"), ProgressListener.silent());
        engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK);
        for (var kind : List.of(ImportKind.ITEMS, ImportKind.CUSTOMERS, ImportKind.EVENTS)) {
            Path file = switch (kind) {
                case ITEMS -> shop.items();
                case CUSTOMERS -> shop.customers();
                case EVENTS -> shop.events();
            };
            assertThat(engine.importFile(new ImportRequest(kind, file, "auto", false), ProgressSink.NONE).committed())
                    .isTrue();
        }
        first = engine.trainRecommendations();
        shopItems();
    }

    private static void shopItems() {
        for (int i = 1; i <= 300; i++) {
            engine.item(ItemId.of(String.format("sku-%05d", i))).ifPresent(catalogue::add);
        }
    }

    private static List<String> names(Item item) {
        List<String> names = new ArrayList<>(item.titles().values());
        names.add(item.title());
        return names;
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static RecommendationList ask(String user, int n, List<Map.Entry<String, String>> rules) {
        return engine.recommend(new RecommendationRequest(user, n, "home", List.of(), rules, null));
    }

    @Test
    @Order(1)
    void the_first_training_is_measured_promoted_and_beats_popularity() {
        assertThat(first.promoted()).isTrue();
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.metric("NDCG@10")).isGreaterThan(first.metric("popularity.NDCG@10"));
        assertThat(engine.recommendationModel()).contains("shop-recommender@1");
    }

    @Test
    @Order(2)
    void an_ingested_purchase_counts_in_the_next_answer() {
        String user = "u-000007";
        Item bought = catalogue.stream().filter(i -> !engine.config().recommend().repeatCategories()
                .contains(i.category().get(0))).filter(i -> !ask(user, 20, List.of()).items().stream()
                .map(r -> r.item().value()).toList().contains(i.id().value())).findFirst().orElseThrow();
        var result = engine.ingestEvents(List.of(Map.of("event_id", "rt-1", "type", "purchase", "user_id", user,
                "item_id", bought.id().value(), "timestamp", "2026-11-01T00:00:00Z")));
        assertThat(result.accepted()).isEqualTo(1);
        List<Recommendation> after = ask(user, 10, List.of()).items();
        assertThat(after).extracting(r -> r.item().value()).doesNotContain(bought.id().value());
        // titles come in the customer's language when the item has one
        assertThat(after).anySatisfy(r -> assertThat(r.reason()).isIn(names(bought).stream()
                .map(t -> "because you bought " + t).toList()));
    }

    @Test
    @Order(3)
    void rules_apply_inside_retrieval_so_the_answer_stays_full() {
        Map<String, Integer> perLeaf = new HashMap<>();
        catalogue.forEach(i -> perLeaf.merge(i.category().get(i.category().size() - 1), 1, Integer::sum));
        String leaf = perLeaf.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        var answer = ask("u-000003", 5, List.of(Map.entry("include", "category:" + leaf),
                Map.entry("in_stock", "true")));
        assertThat(answer.items()).hasSize(5).allSatisfy(r -> assertThat(
                engine.item(r.item()).orElseThrow().category()).contains(leaf));
        String brand = catalogue.get(0).brand();
        assertThat(ask("u-000003", 10, List.of(Map.entry("exclude", "brand:" + brand))).items()).hasSize(10)
                .allSatisfy(r -> assertThat(engine.item(r.item()).orElseThrow().brand()).isNotEqualTo(brand));
        assertThatThrownBy(() -> ask("u-000003", 5, List.of(Map.entry("include", "colour:red"))))
                .hasMessageContaining("unknown field 'colour'");
    }

    @Test
    @Order(4)
    void a_new_customer_gets_what_is_popular_in_their_city() {
        engine.upsertCustomers(List.of(Map.of("user_id", "new-1", "traits", Map.of("city", "Chengdu"))));
        var answer = engine.recommend(RecommendationRequest.home("new-1", 10));
        assertThat(answer.strategy()).isEqualTo("cold-start");
        assertThat(answer.items()).hasSize(10)
                .anySatisfy(r -> assertThat(r.reason()).isEqualTo("popular in Chengdu"));
    }

    @Test
    @Order(5)
    void item_to_item_answers_are_full_and_explained() {
        Item item = catalogue.get(5);
        RecommendationList together = engine.boughtTogether(item.id(), 8);
        assertThat(together.items()).hasSize(8).extracting(r -> r.item().value()).doesNotContain(item.id().value())
                .doesNotHaveDuplicates();
        RecommendationList because = engine.because(UserId.of("u-000010"), item.id(), 6);
        assertThat(because.items()).hasSize(6).anySatisfy(r -> assertThat(r.reason()).isIn(names(item).stream()
                .map(t -> "similar to " + t).toList()));
        assertThat(because.strategy()).isEqualTo("related");
    }

    @Test
    @Order(6)
    void retraining_promotes_within_tolerance_and_rollback_restores_the_previous_version() {
        TrainingOutcome second = engine.trainRecommendations();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.promoted()).as(second.reason()).isTrue();
        assertThat(engine.recommendationModel()).contains("shop-recommender@2");
        engine.recommendationModels().rollback();
        assertThat(engine.recommendationModel()).contains("shop-recommender@1");
        var statuses = engine.recommendationModels().versions().stream()
                .sorted(Comparator.comparingLong(v -> v.version())).map(v -> v.status()).toList();
        assertThat(statuses).containsExactly(ModelStatus.ACTIVE, ModelStatus.RETIRED);
        engine.close();
        engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK);
        assertThat(engine.recommendationModel()).contains("shop-recommender@1");
        assertThat(ask("u-000007", 10, List.of()).items()).hasSize(10);
    }

    @Test
    @Order(7)
    void requests_during_model_swaps_never_fail_and_stay_full() throws Exception {
        var errors = new java.util.concurrent.atomic.AtomicInteger();
        var answers = new java.util.concurrent.atomic.AtomicInteger();
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread client = Thread.ofPlatform().start(() -> {
            int u = 0;
            while (!stop.get()) {
                try {
                    String user = String.format("u-%06d", 1 + (u++ % 600));
                    if (ask(user, 10, List.of()).items().size() != 10) {
                        errors.incrementAndGet();
                    }
                    answers.incrementAndGet();
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
            }
        });
        for (int k = 0; k < 6; k++) {
            engine.recommendationModels().activate(k % 2 == 0 ? 2 : 1, "swap test");
        }
        Thread.sleep(200);
        stop.set(true);
        client.join();
        assertThat(answers.get()).isPositive();
        assertThat(errors.get()).isZero();
    }

    @Test
    @Order(8)
    void a_new_item_nobody_bought_is_reachable_through_its_text() {
        Item twin = catalogue.get(20);
        engine.upsertItems(List.of(Map.of("item_id", "new-sku", "title", twin.title(), "titles", twin.titles(),
                "category", twin.category(), "brand", twin.brand(), "price", "10.00", "stock", 5)));
        engine.trainRecommendations();
        RecommendationList similar = engine.similarItems(ItemId.of("new-sku"), 5);
        assertThat(similar.items()).hasSize(5);
        assertThat(similar.items().get(0).reason()).startsWith("similar description to");
        assertThat(engine.similarItems(twin.id(), 50).items()).extracting(r -> r.item().value()).contains("new-sku");
    }
}
