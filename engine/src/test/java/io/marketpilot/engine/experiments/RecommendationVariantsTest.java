package io.marketpilot.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.recommend.RecommendationRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recommendation requests pick up the unit's variant configuration at decision time. */
class RecommendationVariantsTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aRunningRecommendationExperimentConfiguresTheRequestOfItsPlacementOnly() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), Clock.fixed(NOW, ZoneOffset.UTC))) {
            Map<String, String> popular = Map.of("strategy", "popular", "boost", "brand:Aurora:2; brand:Nimbus:3",
                    "exclude", "category:Toys");
            engine.experiments().create(Map.of("id", "home-popular", "decision", "recommendations:home",
                    "variants", List.of(Map.of("key", "a", "config", popular), Map.of("key", "b", "config", popular)),
                    "metrics", List.of("conversion_7d")));
            RecommendationVariants variants = new RecommendationVariants(engine.experiments());
            RecommendationRequest home = RecommendationRequest.home("u1", 5);

            assertThat(variants.decide(home).personal()).as("draft: not applied").isTrue();
            engine.experiments().start("home-popular");

            RecommendationVariants.Decided d = variants.decide(home);
            assertThat(d.personal()).isFalse();
            assertThat(d.variants()).singleElement().asString().startsWith("home-popular:");
            assertThat(d.request().rules()).extracting(Map.Entry::getKey, Map.Entry::getValue).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("exclude", "category:Toys"),
                    org.assertj.core.groups.Tuple.tuple("boost", "brand:Aurora:2"),
                    org.assertj.core.groups.Tuple.tuple("boost", "brand:Nimbus:3"));
            RecommendationRequest cart = new RecommendationRequest("u1", 5, "cart", List.of(), List.of(), null);
            assertThat(variants.decide(cart)).isEqualTo(new RecommendationVariants.Decided(cart, true, List.of()));
            assertThat(engine.experiments().report("home-popular").exposures()).containsExactly(
                    engine.experiments().assignment("home-popular", "u1") instanceof
                            io.marketpilot.experiments.assignment.Assignment.Assigned a && a.variant().key().equals("a")
                            ? new long[] {1, 0} : new long[] {0, 1});
        }
    }

    @Test
    void decisionsNameRecommendationsForEveryPlacementOrOne() {
        assertThat(RecommendationVariants.applies("recommendations", "cart")).isTrue();
        assertThat(RecommendationVariants.applies("recommendations.model", "home")).isTrue();
        assertThat(RecommendationVariants.applies("recommendations:home", "home")).isTrue();
        assertThat(RecommendationVariants.applies("recommendations:home", "cart")).isFalse();
        assertThat(RecommendationVariants.applies("email.subject", "home")).isFalse();
        assertThat(RecommendationVariants.applies("", "home")).isFalse();
    }
}
