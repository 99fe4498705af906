package io.marketpilot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.data.demo.DemoShop;
import io.marketpilot.data.demo.DemoShopConfig;
import io.marketpilot.data.demo.DemoShopGenerator;
import io.marketpilot.data.demo.ProgressListener;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.engine.recommend.Recommendation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/** From a generated shop on disk to recommendations over the engine API, checked against the planted truth. */
class EndToEndTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static DemoShop shop;
    static Engine engine;

    @BeforeAll
    static void importAndTrain() throws IOException {
        shop = new DemoShopGenerator().generate(
                new DemoShopConfig(7, 400, 800, 120_000, 60, Instant.parse("2026-11-01T00:00:00Z")),
                dir.resolve("shop"), ProgressListener.silent());
        engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK);
        importOk(ImportKind.ITEMS, shop.items());
        importOk(ImportKind.CUSTOMERS, shop.customers());
        ImportReport events = importOk(ImportKind.EVENTS, shop.events());
        assertThat(events.eventsAccepted()).isEqualTo(120_000);
        engine.trainRecommendations();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static ImportReport importOk(ImportKind kind, Path file) {
        ImportReport report = engine.importFile(new ImportRequest(kind, file, "auto", false), ProgressSink.NONE);
        assertThat(report.committed()).as("import of %s: %s", file, report.badRows()).isTrue();
        return report;
    }

    @Test
    void everyStoreHoldsTheShop() {
        EngineStats stats = engine.stats();
        assertThat(stats.items()).isEqualTo(400);
        assertThat(stats.customers()).isEqualTo(800);
        assertThat(stats.events().total()).isEqualTo(120_000);
    }

    /** Quality floor: planted bundle partners are found among an item's ten most similar items. */
    @Test
    void similarItemsRecoverThePlantedBundles() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(shop.truth().toFile());
        int pairs = 0;
        int found = 0;
        for (JsonNode bundle : truth.get("bundles")) {
            List<String> members = new ArrayList<>();
            bundle.get("items").forEach(i -> members.add(i.asText()));
            for (String a : members) {
                List<String> similar = engine.similarItems(ItemId.of(a), 10).items().stream()
                        .map(r -> r.item().value()).toList();
                for (String b : members) {
                    if (!a.equals(b)) {
                        pairs++;
                        found += similar.contains(b) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(pairs).isPositive();
        assertThat((double) found / pairs).as("bundle partners in top-10 similar items").isGreaterThan(0.6);
    }

    @Test
    void personalRecommendationsAreFullDistinctAndSkipWhatWasBought() {
        UserId user = UserId.of("u-000001");
        List<Recommendation> recs = engine.recommendForUser(user, 10);
        assertThat(recs).hasSize(10);
        assertThat(recs).extracting(r -> r.item().value()).doesNotHaveDuplicates();
        var repeatable = engine.config().recommend().repeatCategories();
        var bought = engine.recentEvents(user, 100).stream()
                .filter(e -> e.type() == io.marketpilot.core.event.EventType.PURCHASE)
                .filter(e -> !repeatable.contains(engine.item(e.itemId()).orElseThrow().category().get(0)))
                .map(e -> e.itemId().value()).toList();
        assertThat(recs).extracting(r -> r.item().value()).doesNotContainAnyElementsOf(bought);
        assertThat(recs).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    @Test
    void aNewVisitorGetsPopularItems() {
        assertThat(engine.recommendForUser(UserId.of("never-seen"), 5)).hasSize(5)
                .allSatisfy(r -> assertThat(r.reason()).containsAnyOf("popular", "trending"));
    }

    @Test
    void theTrainedModelSurvivesARestart() {
        List<Recommendation> before = engine.similarItems(ItemId.of("sku-00001"), 5).items();
        engine.close();
        engine = Engine.open(EngineConfig.at(dir.resolve("data")), CLOCK);
        assertThat(engine.similarItems(ItemId.of("sku-00001"), 5).items()).isEqualTo(before);
    }
}
