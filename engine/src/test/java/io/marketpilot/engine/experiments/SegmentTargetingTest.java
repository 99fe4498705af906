package io.marketpilot.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.experiments.assignment.Assignment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment that names a segment admits exactly the segment's current members (engine wiring). */
class SegmentTargetingTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void onlyMembersOfTheTargetedSegmentEnter() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), Clock.fixed(NOW, ZoneOffset.UTC))) {
            engine.upsertCustomers(List.of(
                    Map.of("user_id", "sh", "traits", Map.of("city", "上海")),
                    Map.of("user_id", "bj", "traits", Map.of("city", "北京"))));
            engine.segments().create(Map.of("id", "shanghai", "condition",
                    Map.of("trait", "city", "op", "=", "value", "上海")));
            engine.experiments().create(Map.of("id", "sh-copy", "segment", "shanghai",
                    "variants", List.of(Map.of("key", "a"), Map.of("key", "b")), "metrics", List.of("conversion_7d")));
            engine.experiments().start("sh-copy");

            assertThat(engine.experiments().variantFor("sh-copy", "sh")).isPresent();
            assertThat(engine.experiments().variantFor("sh-copy", "bj")).isEmpty();
            assertThat(engine.experiments().assignment("sh-copy", "bj"))
                    .isEqualTo(new Assignment.NotAssigned(Assignment.Reason.NOT_TARGETED));
        }
    }
}
