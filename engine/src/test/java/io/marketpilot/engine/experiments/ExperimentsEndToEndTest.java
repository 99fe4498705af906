package io.marketpilot.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.data.demo.DemoShop;
import io.marketpilot.data.demo.DemoShopConfig;
import io.marketpilot.data.demo.DemoShopGenerator;
import io.marketpilot.data.demo.ProgressListener;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.engine.recommend.Recommendation;
import io.marketpilot.engine.recommend.RecommendationList;
import io.marketpilot.engine.recommend.RecommendationRequest;
import io.marketpilot.experiments.assignment.Assignment;
import io.marketpilot.experiments.assignment.Variant;
import io.marketpilot.experiments.report.Decision;
import io.marketpilot.experiments.report.ExperimentReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two recommendation variants on the demo shop, decided at request time through the engine. The simulated
 * shoppers' behaviour is planted: after seeing the personal recommendations they buy with probability 0.16,
 * after the popular list with 0.08 (clicks 0.30 vs 0.20). The report must name "personal" the winner; an A/A
 * experiment running beside it in another layer, on the same shoppers, must name none; and reopening the engine
 * rebuilds the same report from the event log.
 */
class ExperimentsEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final int SHOPPERS = 2_000;

    @TempDir
    Path dir;

    @Test
    void theReportCallsThePlantedWinnerAndAnAaExperimentCallsNone() throws IOException {
        DemoShop shop = new DemoShopGenerator().generate(new DemoShopConfig(3, 200, SHOPPERS, 20_000, 30, NOW),
                dir.resolve("shop"), ProgressListener.silent());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ExperimentReport before;
        ExperimentReport aaBefore;
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), clock)) {
            engine.importFile(new ImportRequest(ImportKind.ITEMS, shop.items(), "auto", false), ProgressSink.NONE);
            engine.importFile(new ImportRequest(ImportKind.CUSTOMERS, shop.customers(), "auto", false), ProgressSink.NONE);
            engine.importFile(new ImportRequest(ImportKind.EVENTS, shop.events(), "auto", false), ProgressSink.NONE);
            engine.trainRecommendations();
            ExperimentService experiments = engine.experiments();
            experiments.create(definition("rec-model", "home", "popular", "personal"));
            experiments.create(definition("aa-check", "emails", "same", "same-again"));
            assertThatThrownBy(() -> experiments.create(definition("rec-model", "home", "x", "y")))
                    .hasMessageContaining("already exists");
            experiments.start("rec-model");
            experiments.start("aa-check");
            simulateTraffic(engine);
            experiments.flushExposures(); // exposure events (with each shopper's pre-period revenue) are stored
            before = experiments.report("rec-model");
            aaBefore = experiments.report("aa-check");
            assertThat(experiments.stop("aa-check").status()).isEqualTo(ExperimentStatus.STOPPED);
            assertThat(experiments.variantFor("aa-check", "u-000001")).isEmpty();
        }
        assertThat(before.srm().mismatch()).isFalse();
        assertThat(before.winner()).isEqualTo("personal");
        assertThat(before.metrics().get(0).decision()).isEqualTo(Decision.BETTER);
        assertThat(before.metrics().get(0).variantUnits() + before.metrics().get(0).controlUnits()).isEqualTo(SHOPPERS);
        // the shoppers' revenue in the 30 days before exposure is the CUPED covariate
        assertThat(before.metrics().get(2).metric()).isEqualTo("revenue_per_user");
        assertThat(before.metrics().get(2).cuped()).isNotNull();
        assertThat(aaBefore.winner()).isNull();
        assertThat(aaBefore.metrics()).noneMatch(m -> m.decision() == Decision.BETTER || m.decision() == Decision.WORSE);

        try (Engine reopened = Engine.open(EngineConfig.at(dir.resolve("data")), clock)) {
            ExperimentReport after = reopened.experiments().report("rec-model");
            assertThat(after.exposures()).containsExactly(before.exposures());
            assertThat(after.metrics().get(0).fixedHorizon()).isEqualTo(before.metrics().get(0).fixedHorizon());
            assertThat(after.winner()).isEqualTo("personal");
            assertThat(after.metrics().get(2).cuped()).isEqualTo(before.metrics().get(2).cuped());
        }
    }

    private static void simulateTraffic(Engine engine) {
        SplittableRandom random = new SplittableRandom(17);
        List<Map<String, Object>> batch = new ArrayList<>();
        int id = 0;
        for (int u = 1; u <= SHOPPERS; u++) {
            String user = String.format("u-%06d", u);
            engine.experiments().variantFor("aa-check", user); // decided, outcome does not depend on it
            // the engine applies the unit's variant at decision time and logs the exposure (RecommendationVariants)
            RecommendationList list = engine.recommend(RecommendationRequest.home(user, 5));
            boolean personal = engine.experiments().assignment("rec-model", user) instanceof Assignment.Assigned a
                    && a.variant().key().equals("personal");
            if (!personal) {
                assertThat(list.strategy()).isEqualTo("cold-start"); // the popular arm, even with a history
            }
            List<Recommendation> shown = list.items();
            for (Recommendation r : shown) {
                batch.add(event("x" + id++, "impression", user, r.item().value(), null));
            }
            String item = shown.get(0).item().value();
            if (random.nextDouble() < (personal ? 0.30 : 0.20)) {
                batch.add(event("x" + id++, "click", user, item, null));
            }
            if (random.nextDouble() < (personal ? 0.16 : 0.08)) {
                batch.add(event("x" + id++, "purchase", user, item, String.valueOf(10 + random.nextInt(40))));
            }
            if (batch.size() > 500) {
                assertThat(engine.ingestEvents(batch).rejected()).isEmpty();
                batch.clear();
            }
        }
        assertThat(engine.ingestEvents(batch).rejected()).isEmpty();
    }

    private static Map<String, Object> event(String id, String type, String user, String item, String price) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", "sim-" + id);
        e.put("type", type);
        e.put("user_id", user);
        e.put("item_id", item);
        e.put("timestamp", NOW.toString());
        e.put("context", Map.of("placement", "home"));
        if (price != null) {
            e.put("price", price);
            e.put("currency", "EUR");
        }
        return e;
    }

    private static Map<String, Object> definition(String id, String layer, String control, String treatment) {
        return Map.of("id", id, "layer", layer, "decision", id.equals("rec-model") ? "recommendations" : "email.subject",
                "variants", List.of(
                        Map.of("key", control, "config", Map.of("model", "popular")),
                        Map.of("key", treatment, "config", Map.of("model", id.equals("rec-model") ? "hybrid" : "popular"))),
                "metrics", List.of("conversion_7d", "ctr_home", "revenue_per_user", "refunds_per_user"));
    }
}
