package io.marketpilot.engine.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.segment.Problem;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.MembershipChange;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.testkit.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Map<String, Object> PHONE_BUYERS = Map.of("id", "phone-buyers", "name", "Phone buyers",
            "condition", Map.of("performed", Map.of("type", "purchase", "category", "手机"), "measure", "quantity",
                    "op", ">=", "value", 2, "window", "30d"));

    @TempDir
    Path dir;
    final SimulatedClock clock = new SimulatedClock(T0);
    Engine engine;

    @BeforeEach
    void open() {
        engine = Engine.open(EngineConfig.at(dir), clock);
        engine.upsertItems(List.of(
                Map.of("item_id", "p1", "title", "Phone", "category", List.of("数码", "手机"), "price", 999),
                Map.of("item_id", "c1", "title", "Case", "category", List.of("配件"), "price", 9)));
        engine.upsertCustomers(List.of(Map.of("user_id", "alice", "traits", Map.of("city", "上海"))));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aCustomerEntersOnHerSecondPhoneAndLeavesWhenTheWindowPasses() throws InterruptedException {
        List<MembershipChange> heard = new CopyOnWriteArrayList<>();
        engine.segments().listen(heard::addAll);
        assertThat(engine.segments().create(PHONE_BUYERS)).isInstanceOf(SegmentCreation.Created.class);

        engine.ingestEvents(List.of(purchase("e1", "alice", "p1", T0), purchase("e2", "alice", "c1", T0)));
        assertThat(engine.segmentsOf(UserId.of("alice"))).isEmpty();
        clock.set(T0.plusSeconds(3600));
        engine.ingestEvents(List.of(purchase("e3", "alice", "p1", T0.plusSeconds(3600))));

        assertThat(engine.segmentsOf(UserId.of("alice"))).containsExactly("phone-buyers");
        engine.segments().awaitHistory();
        assertThat(heard).extracting(MembershipChange::entered).containsExactly(true);
        assertThat(engine.recentEvents(UserId.of("alice"), 1)).singleElement().satisfies(e -> {
            assertThat(e.id().value()).startsWith("segment:entered:phone-buyers:alice:");
            assertThat(e.properties()).containsEntry("name", "segment_entered").containsEntry("segment", "phone-buyers");
        });

        clock.set(T0.plus(Duration.ofDays(30)));  // the first phone leaves the window: exit by time alone
        waitFor(() -> engine.segmentsOf(UserId.of("alice")).isEmpty());
        engine.segments().awaitHistory();
        assertThat(heard).extracting(MembershipChange::entered).containsExactly(true, false);
        SegmentSummary s = engine.segments().get("phone-buyers").orElseThrow();
        assertThat(s.size()).isZero();
        assertThat(s.history()).extracting(SegmentSummary.SizeAt::size).contains(1L).endsWith(0L);
    }

    @Test
    void conditionsReadTheProfilesComputedAttributesAndTheProfileListsTheSegment() {
        // engine wiring: segment facts read ProfileService.attributes, the profile reads SegmentService.segmentsOf
        engine.profiles().load();
        assertThat(engine.segments().create(Map.of("id", "big-spenders", "condition",
                Map.of("attribute", "average_order_value", "op", ">=", "value", 25))))
                .isInstanceOf(SegmentCreation.Created.class);

        engine.ingestEvents(List.of(purchase("e1", "alice", "p1", T0)));
        assertThat(engine.segmentsOf(UserId.of("alice"))).isEmpty();
        Map<String, Object> bigOrder = purchase("e2", "alice", "p1", T0.plusSeconds(86_400));
        bigOrder.put("price", 100);
        clock.set(T0.plusSeconds(86_400));
        engine.ingestEvents(List.of(bigOrder));

        assertThat(engine.segmentsOf(UserId.of("alice"))).containsExactly("big-spenders");
        assertThat(engine.profiles().profile("alice").orElseThrow().segments()).containsExactly("big-spenders");
    }

    @Test
    void aBadDefinitionSavesNothingAndNamesEveryProblem() {
        SegmentCreation c = engine.segments().create(Map.of("id", "x", "condition", Map.of("all", List.of(
                Map.of("performed", Map.of("type", "purchase"), "op", ">=", "value", 1, "window", "x"),
                Map.of("segment", "missing")))));

        assertThat(((SegmentCreation.Rejected) c).problems()).extracting(Problem::path)
                .containsExactly("$.condition.all[0].window", "$.condition.all[1].segment");
        assertThat(engine.segments().list()).isEmpty();
    }

    @Test
    void existingHistoryIsBackfilledPreviewedAndSurvivesARestart() {
        engine.ingestEvents(List.of(purchase("e1", "bob", "p1", T0.minusSeconds(60)),
                purchase("e2", "bob", "p1", T0.minusSeconds(30))));
        var preview = (SegmentPreview.Sized) engine.segments().preview(PHONE_BUYERS, 10);
        assertThat(preview.sample()).containsExactly("bob");
        assertThat(engine.segments().list()).isEmpty();

        engine.segments().create(PHONE_BUYERS);
        engine.segments().create(Map.of("id", "shanghai-non-buyers", "condition", Map.of("all", List.of(
                Map.of("trait", "city", "op", "=", "value", "上海"), Map.of("not", Map.of("segment", "phone-buyers"))))));
        assertThat(engine.segments().members("shanghai-non-buyers", null, 10).orElseThrow())
                .extracting(UserId::value).containsExactly("alice");
        engine.close();

        engine = Engine.open(EngineConfig.at(dir), clock);
        assertThat(engine.segmentsOf(UserId.of("bob"))).containsExactly("phone-buyers");
        assertThat(engine.segments().list()).extracting(SegmentSummary::id, SegmentSummary::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phone-buyers", 1L),
                        org.assertj.core.groups.Tuple.tuple("shanghai-non-buyers", 1L));
        engine.upsertCustomers(List.of(Map.of("user_id", "alice", "traits", Map.of("city", "北京"))));
        assertThat(engine.segmentsOf(UserId.of("alice"))).isEmpty();
    }

    private static Map<String, Object> purchase(String id, String user, String item, Instant at) {
        Map<String, Object> m = new HashMap<>();
        m.put("event_id", id);
        m.put("type", "purchase");
        m.put("user_id", user);
        m.put("item_id", item);
        m.put("price", 10);
        m.put("timestamp", at.toString());
        return m;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }


}
