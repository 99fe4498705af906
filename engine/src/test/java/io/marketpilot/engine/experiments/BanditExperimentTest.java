package io.marketpilot.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.experiments.assignment.Variant;
import io.marketpilot.experiments.report.ExperimentReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Thompson-sampling experiment over three subject lines, one planted to convert three times as often. */
class BanditExperimentTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theBanditSendsMostTrafficToTheBestArmAndUnitsKeepTheirArm() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), Clock.fixed(NOW, ZoneOffset.UTC))) {
            ExperimentService experiments = engine.experiments();
            experiments.create(Map.of("id", "subject", "allocation", "thompson",
                    "variants", List.of(Map.of("key", "plain"), Map.of("key", "urgent"), Map.of("key", "emoji")),
                    "metrics", List.of("conversion_7d")));
            experiments.start("subject");
            Map<String, Double> rate = Map.of("plain", 0.05, "urgent", 0.15, "emoji", 0.05);
            SplittableRandom random = new SplittableRandom(9);
            List<Map<String, Object>> purchases = new ArrayList<>();
            for (int u = 0; u < 1_500; u++) {
                String unit = "c" + u;
                Variant v = experiments.variantFor("subject", unit).orElseThrow();
                assertThat(experiments.variantFor("subject", unit).orElseThrow().key()).isEqualTo(v.key());
                if (random.nextDouble() < rate.get(v.key())) {
                    purchases.add(Map.of("event_id", "p" + u, "type", "purchase", "user_id", unit, "item_id", "i1",
                            "timestamp", NOW.toString(), "price", 10, "currency", "EUR"));
                    engine.ingestEvents(purchases);
                    purchases.clear();
                }
            }
            ExperimentReport report = experiments.report("subject");
            long[] exposures = report.exposures();
            assertThat(exposures[1]).as("exposures %s", java.util.Arrays.toString(exposures))
                    .isGreaterThan((exposures[0] + exposures[1] + exposures[2]) / 2);
            assertThat(report.srm().mismatch()).isFalse();
        }
    }

    @Test
    void aBanditNeedsAConversionMetricFirst() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertThatThrownBy(() -> engine.experiments().create(Map.of("id", "x", "allocation", "thompson",
                    "variants", List.of(Map.of("key", "a"), Map.of("key", "b")), "metrics", List.of("revenue_per_user"))))
                    .isInstanceOf(InvalidExperimentException.class)
                    .hasMessageContaining("allocation: expected a conversion metric first when allocation is thompson");
        }
    }
}
