package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void smoke_runs_every_step_checks_the_api_and_prints_one_json_line() throws Exception {
        String data = dir.resolve("data").toString();

        CliResult r = CliResult.run("demo", "--smoke", "--demo-size", "small", "--data-dir", data);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip().lines()).as(r.toString()).hasSize(1);
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertThat(summary.get("status").asText()).isEqualTo("ok");
        assertThat(summary.get("port").asInt()).isPositive();
        assertThat(names(summary.get("steps"))).containsExactly("generate shop", "open engine", "import items",
                "import customers", "import events", "train", "profiles", "journeys", "api key", "start server", "smoke");
        summary.get("steps").forEach(s -> assertThat(s.get("millis").asLong()).isNotNegative());
        assertThat(summary.at("/counts/items").asLong()).isEqualTo(300);
        assertThat(summary.at("/counts/customers").asLong()).isEqualTo(500);
        assertThat(summary.at("/counts/events").asLong()).isGreaterThanOrEqualTo(20_000);
        assertThat(summary.at("/api/recommendations").asInt()).isPositive();
    }

    @Test
    void a_second_run_reuses_the_shop_the_imports_and_the_key() throws Exception {
        String data = dir.resolve("data").toString();
        CliResult first = CliResult.run("demo", "--smoke", "--demo-size", "small", "--data-dir", data);
        assertThat(first.code()).as(first.toString()).isZero();

        CliResult second = CliResult.run("demo", "--smoke", "--demo-size", "small", "--data-dir", data);

        assertThat(second.code()).as(second.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(second.out());
        assertThat(summary.get("steps").findValuesAsText("note"))
                .anyMatch(n -> n.startsWith("already generated"))
                .anyMatch(n -> n.startsWith("skipped: ") && n.contains("already stored"))
                .anyMatch(n -> n.startsWith("reused the key"))
                .anyMatch(n -> n.contains("serving shop-recommender@1"));
        // the first run's smoke event is stored once, the second run's too (the journeys add coupon and message
        // events of their own on the first run; on the second, nobody enters again)
        long firstEvents = new ObjectMapper().readTree(first.out()).at("/counts/events").asLong();
        assertThat(summary.at("/counts/events").asLong()).isEqualTo(firstEvents + 1);
        assertThat(summary.get("steps").findValuesAsText("note")).anyMatch(n -> n.startsWith("2 journeys active"));
        CliResult journeys = CliResult.run("journeys", "list", "--data-dir", data);
        assertThat(journeys.out()).as(journeys.toString()).containsPattern("abandoned-cart +1 active")
                .containsPattern("win-back +1 active");
    }

    private static List<String> names(JsonNode steps) {
        List<String> names = new ArrayList<>();
        steps.forEach(s -> names.add(s.get("name").asText()));
        return names;
    }
}
