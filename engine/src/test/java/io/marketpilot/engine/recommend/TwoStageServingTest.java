package io.marketpilot.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.id.UserId;
import io.marketpilot.data.demo.DemoShopConfig;
import io.marketpilot.data.demo.DemoShopGenerator;
import io.marketpilot.data.demo.ProgressListener;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.config.RecommendConfig;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-stage serving (retrieve candidates, score only those) forced onto a small seeded shop, beside the exact path
 * every item is scored on: with every item a candidate both give the same answers; with the real first stage most
 * answers agree; rules still fill every answer from the eligible items.
 */
class TwoStageServingTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    static final int ITEMS = 300;
    /** Every item a candidate: the iALS search probes everything, trending adds all the rest. */
    static final CandidateRetrieval.Policy EVERYTHING = new CandidateRetrieval.Policy(0, ITEMS, ITEMS, 20, 20, ITEMS, 0);
    /** A first stage much smaller than the catalogue, as on a large one. */
    static final CandidateRetrieval.Policy TIGHT = new CandidateRetrieval.Policy(0, 40, 60, 10, 10, 20, 0);

    @TempDir
    static Path dir;
    static EmbeddedStores stores;
    static RecommendConfig config = RecommendConfig.defaults();

    @BeforeAll
    static void importAndTrain() throws java.io.IOException {
        var shop = new DemoShopGenerator().generate(new DemoShopConfig(11, ITEMS, 600, 60_000, 45, CLOCK.instant()),
            dir.resolve("shop"), ProgressListener.silent());
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK)) {
            engine.importFile(new ImportRequest(ImportKind.ITEMS, shop.items(), "auto", false), ProgressSink.NONE);
            engine.importFile(new ImportRequest(ImportKind.CUSTOMERS, shop.customers(), "auto", false),
                ProgressSink.NONE);
            engine.importFile(new ImportRequest(ImportKind.EVENTS, shop.events(), "auto", false), ProgressSink.NONE);
            engine.trainRecommendations();
        }
        stores = EmbeddedStores.open(dir.resolve("data"), CLOCK);
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    private static LiveRecommender serving(CandidateRetrieval.Policy policy) {
        LiveRecommender live = new LiveRecommender(config, CLOCK, key -> key.startsWith("anon:")
            ? java.util.Optional.empty() : stores.customers().get(UserId.of(key)), policy);
        new ModelLifecycle(stores.models(), live, config, CLOCK, "test", stores.events(), stores.items(),
            stores.customers()).loadActive();
        return live;
    }

    /** Home and product pages for known customers, with and without rules; a new customer; an anonymous visitor. */
    private static List<RecommendationRequest> requests() {
        List<RecommendationRequest> out = new java.util.ArrayList<>();
        for (int u = 1; u <= 600; u += 23) {
            String user = String.format("u-%06d", u);
            out.add(RecommendationRequest.home(user, 10));
            out.add(new RecommendationRequest(user, 8, "product", List.of(String.format("sku-%05d", u % ITEMS + 1)),
                List.of(), null));
            out.add(new RecommendationRequest(user, 6, "home", List.of(), List.of(Map.entry("boost",
                "category:Electronics:2"), Map.entry("max_price", "400")), null));
        }
        out.add(new RecommendationRequest("someone-new", 10, "home", List.of(), List.of(), "Chengdu"));
        out.add(new RecommendationRequest("anon:visitor", 10, "product", List.of("sku-00042"), List.of(), null));
        return out;
    }

    @Test
    void with_every_item_a_candidate_both_paths_give_the_same_answers() {
        LiveRecommender exact = serving(CandidateRetrieval.DEFAULTS);
        LiveRecommender twoStage = serving(EVERYTHING);
        for (RecommendationRequest r : requests()) {
            RecommendationList a = exact.recommend(r);
            RecommendationList b = twoStage.recommend(r);
            assertThat(b.strategy()).isEqualTo(a.strategy());
            assertThat(b.items()).extracting(x -> x.item().value()).as("%s", r)
                .containsExactlyElementsOf(a.items().stream().map(x -> x.item().value()).toList());
            assertThat(b.items()).extracting(Recommendation::reason)
                .containsExactlyElementsOf(a.items().stream().map(Recommendation::reason).toList());
            for (int k = 0; k < a.items().size(); k++) {
                assertThat(b.items().get(k).score()).isCloseTo(a.items().get(k).score(), within(1e-3));
            }
        }
    }

    @Test
    void a_first_stage_much_smaller_than_the_catalogue_keeps_most_of_the_exact_answer() {
        LiveRecommender exact = serving(CandidateRetrieval.DEFAULTS);
        LiveRecommender twoStage = serving(TIGHT);
        double overlap = 0;
        List<RecommendationRequest> requests = requests();
        for (RecommendationRequest r : requests) {
            Set<String> a = exact.recommend(r).items().stream().map(x -> x.item().value()).collect(Collectors.toSet());
            List<Recommendation> b = twoStage.recommend(r).items();
            assertThat(b).hasSize(a.size());
            overlap += b.stream().filter(x -> a.contains(x.item().value())).count() / (double) a.size();
        }
        assertThat(overlap / requests.size()).isGreaterThan(0.9);
    }

    @Test
    void rules_that_leave_few_eligible_items_still_fill_the_answer_from_them() {
        LiveRecommender twoStage = serving(TIGHT);
        for (int u = 1; u <= 600; u += 97) {
            String user = String.format("u-%06d", u);
            // a price band few items fall in: retrieval finds almost none of them, trending fills the rest
            List<Map.Entry<String, String>> band = List.of(Map.entry("min_price", "150"), Map.entry("max_price", "170"));
            var exact = serving(CandidateRetrieval.DEFAULTS).recommend(
                new RecommendationRequest(user, 40, "home", List.of(), band, null));
            var answer = twoStage.recommend(new RecommendationRequest(user, 40, "home", List.of(), band, null));
            assertThat(answer.items()).hasSize(exact.items().size());
            assertThat(answer.items()).extracting(x -> x.item().value()).doesNotHaveDuplicates();
        }
    }
}
