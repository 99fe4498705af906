package io.marketpilot.engine.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.experiments.report.MetricResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Purchases loaded by a bulk import count as outcomes of a running experiment, as ingested ones do. */
class ImportedOutcomesTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void importedPurchasesReachTheReportOfARunningExperiment() throws IOException {
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), Clock.fixed(NOW, ZoneOffset.UTC))) {
            engine.experiments().create(Map.of("id", "copy",
                    "variants", List.of(Map.of("key", "a"), Map.of("key", "b")), "metrics", List.of("conversion_7d")));
            engine.experiments().start("copy");
            List<String> lines = new ArrayList<>();
            for (int u = 0; u < 40; u++) {
                engine.experiments().variantFor("copy", "c" + u);
                lines.add("{\"event_id\":\"p" + u + "\",\"type\":\"purchase\",\"user_id\":\"c" + u
                        + "\",\"item_id\":\"i1\",\"price\":10,\"timestamp\":\"" + NOW.plusSeconds(60) + "\"}");
            }
            Path file = Files.write(dir.resolve("purchases.jsonl"), lines);

            engine.importFile(new ImportRequest(ImportKind.EVENTS, file, "auto", false), ProgressSink.NONE);

            MetricResult conversion = engine.experiments().report("copy").metrics().get(0);
            assertThat(conversion.fixedHorizon().control()).isEqualTo(1.0);
            assertThat(conversion.fixedHorizon().treatment()).isEqualTo(1.0);
        }
    }
}
