package io.marketpilot.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles follow ingest at once, survive a restart (rebuilt from the log), and merge and unmerge identities. */
class ProfileServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Map<String, Object> event(String id, String type, String user, String anon, String item, String ts) {
        Map<String, Object> m = new HashMap<>();
        m.put("event_id", id);
        m.put("type", type);
        if (user != null) {
            m.put("user_id", user);
        }
        if (anon != null) {
            m.put("anonymous_id", anon);
        }
        if (item != null) {
            m.put("item_id", item);
            m.put("price", 12.5);
        }
        m.put("timestamp", ts);
        return m;
    }

    @Test
    void profilesFollowIngestSurviveRestartAndMergeIdentities() {
        List<Map<String, Object>> batch = List.of(
                event("e1", "view", null, "dev-1", "sku-1", "2026-10-01T10:00:00Z"),
                event("e2", "add_to_cart", null, "dev-1", "sku-1", "2026-10-01T10:01:00Z"),
                event("e3", "purchase", "alice", null, "sku-2", "2026-10-02T10:00:00Z"));
        CustomerProfile before;
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            engine.upsertItems(List.of(Map.of("item_id", "sku-1", "title", "Phone", "category", List.of("电子", "手机"),
                    "brand", "Acme", "price", 12.5)));
            engine.profiles().load();
            engine.ingestEvents(batch);
            assertThat(engine.profiles().profile("anon:dev-1").orElseThrow().eventCounts())
                    .containsEntry("view", 1).containsEntry("add_to_cart", 1);
            Map<String, Object> identify = event("e4", "identify", "alice", "dev-1", null, "2026-10-03T10:00:00Z");
            identify.put("properties", Map.of("traits", Map.of("email", "alice@example.org")));
            engine.ingestEvents(List.of(identify));
            engine.ingestEvents(batch); // a replayed batch changes nothing

            engine.profiles().refit(); // the restart below refits too: compare like with like
            before = engine.profiles().profile("alice").orElseThrow();
            assertThat(before.eventCounts()).containsEntry("view", 1).containsEntry("purchase", 1).containsEntry("identify", 1);
            assertThat(before.mergedAnonymousIds()).containsExactly("anon:dev-1");
            assertThat(before.traits()).containsEntry("email", "alice@example.org");
            assertThat(before.recentCategories()).containsExactly("手机");
            assertThat(before.attributes()).containsKeys("category_affinity", "brand_affinity", "average_order_value");
            assertThat(before.segments()).isEmpty();
            assertThat(engine.profiles().profile("anon:dev-1").orElseThrow().key()).isEqualTo("alice");
        }
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            CustomerProfile after = engine.profiles().profile("alice").orElseThrow();
            assertThat(after).isEqualTo(before);
            engine.profiles().useSegments(key -> List.of("vip"));
            assertThat(engine.profiles().profile("alice").orElseThrow().segments()).containsExactly("vip");

            assertThat(engine.profiles().unmerge("dev-1")).isPresent();
            assertThat(engine.profiles().profile("alice").orElseThrow().eventCounts())
                    .doesNotContainKey("view").containsEntry("purchase", 1);
            assertThat(engine.profiles().profile("anon:dev-1").orElseThrow().eventCounts()).containsEntry("view", 1);
        }
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            // the undo survives a restart: the rebuild keeps the pair apart although the identify event is replayed
            assertThat(engine.profiles().profile("anon:dev-1").orElseThrow().key()).isEqualTo("anon:dev-1");
            assertThat(engine.profiles().profile("alice").orElseThrow().eventCounts())
                    .doesNotContainKey("view").doesNotContainKey("custom").containsEntry("purchase", 1);
        }
    }

    @Test
    void eventsIngestedWhileProfilesAreRebuiltAreCountedOnce() throws Exception {
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            for (int b = 0; b < 10; b++) {
                engine.ingestEvents(batch("old", b, 2_000));
            }
            Thread loader = Thread.ofPlatform().start(() -> engine.profiles().load());
            for (int b = 0; b < 10; b++) {
                engine.ingestEvents(batch("new", b, 500));
            }
            loader.join();
            int total = 0;
            for (int u = 0; u < 50; u++) {
                total += engine.profiles().profile("u" + u).orElseThrow().eventCounts().get("view");
            }
            assertThat(total).isEqualTo(10 * 2_000 + 10 * 500);
        }
    }

    private static List<Map<String, Object>> batch(String prefix, int b, int size) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            int n = b * size + i;
            // each user's events a second apart, in order: the way a live stream arrives
            out.add(event(prefix + n, "view", "u" + n % 50, null, "sku-" + n % 7,
                    Instant.parse(prefix.equals("old") ? "2026-10-01T00:00:00Z" : "2026-10-02T00:00:00Z")
                            .plusSeconds(n).toString()));
        }
        return out;
    }

    @Test
    void consentStatedByEventsAndByTheCustomerRecordCombine() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), CLOCK)) {
            engine.upsertCustomers(List.of(Map.of("user_id", "bob", "consent", Map.of("email", true))));
            Map<String, Object> revoke = event("c1", "custom", "bob", null, null, "2026-11-01T00:00:01Z");
            revoke.put("properties", Map.of("consent", Map.of("purpose", "marketing", "channel", "email", "status", "revoked")));
            engine.ingestEvents(List.of(revoke));
            CustomerProfile bob = engine.profiles().profile("bob").orElseThrow();
            assertThat(bob.consentFlags().email()).isFalse();
            assertThat(bob.consent()).anySatisfy(s -> {
                assertThat(s.scope().channel()).isEqualTo("email");
                assertThat(s.status().wireName()).isEqualTo("revoked");
                assertThat(s.grantedAt()).isEqualTo(CLOCK.instant());
            });
            assertThat(engine.profiles().consent("bob").allows("marketing", "email", true)).isFalse();
            assertThat(engine.profiles().traits("bob")).isPresent();
            assertThat(engine.profiles().attributes("bob").orElseThrow()).containsKey("preferred_hour");
            assertThat(engine.profiles().consent("bob").allows("personalization", "web", false)).isTrue();
            assertThat(engine.profiles().profile("nobody")).isEmpty();
        }
    }
}
