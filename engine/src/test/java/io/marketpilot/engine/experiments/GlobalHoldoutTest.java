package io.marketpilot.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The engine's global holdout keeps the configured share of units out of every experiment, the same ones each time. */
class GlobalHoldoutTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theConfiguredShareIsHeldOutOfEveryExperiment() {
        EngineConfig config = EngineConfig.at(dir).withExperiments(new EngineConfig.ExperimentsConfig(0.2, "q4"));
        try (Engine engine = Engine.open(config, Clock.fixed(NOW, ZoneOffset.UTC))) {
            for (String id : List.of("one", "two")) {
                engine.experiments().create(Map.of("id", id, "layer", id,
                        "variants", List.of(Map.of("key", "a"), Map.of("key", "b")), "metrics", List.of("conversion_7d")));
                engine.experiments().start(id);
            }
            int held = 0;
            for (int u = 0; u < 5_000; u++) {
                String unit = "c" + u;
                boolean outOfOne = engine.experiments().assignment("one", unit) instanceof Assignment.NotAssigned n
                        && n.reason() == Assignment.Reason.HOLDOUT;
                boolean outOfTwo = engine.experiments().assignment("two", unit) instanceof Assignment.NotAssigned n
                        && n.reason() == Assignment.Reason.HOLDOUT;
                assertThat(outOfTwo).as(unit).isEqualTo(outOfOne);
                held += outOfOne ? 1 : 0;
            }
            assertThat(held).isBetween(900, 1_100); // 20% of 5,000 = 1,000 ± about 3.5 standard deviations
        }
        assertThatThrownBy(() -> new EngineConfig.ExperimentsConfig(1.0, null))
                .hasMessageContaining("experiments.holdout");
    }
}
