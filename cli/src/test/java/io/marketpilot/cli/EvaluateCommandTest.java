package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    /** A canonical file of two tastes: even users buy even items, odd users odd items. */
    private Path canonical() throws Exception {
        Random r = new Random(3);
        StringBuilder b = new StringBuilder("user_id,item_id,timestamp,event_type,value\n");
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int u = 0; u < 120; u++) {
            for (int k = 0; k < 6; k++) {
                t = t.plusSeconds(60);
                b.append("u").append(u).append(",sku-").append(2 * r.nextInt(15) + u % 2).append(',').append(t)
                    .append(",purchase,1\n");
            }
        }
        return Files.writeString(dir.resolve("interactions.csv"), b);
    }

    @Test
    void evaluate_writes_the_report_with_baselines_first_and_tuned_params() throws Exception {
        Path out = dir.resolve("result.json");
        CliResult r = CliResult.run("evaluate", "--interactions", canonical().toString(), "--protocol", "loo",
                "--k", "5", "--models", "item-knn,session-knn", "--tune", "--output", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertThat(report.get("protocol").asText()).isEqualTo("loo");
        assertThat(report.get("k").asInt()).isEqualTo(5);
        assertThat(report.get("users_evaluated").asInt()).isEqualTo(120);
        List<String> names = new ArrayList<>();
        report.get("models").forEach(m -> names.add(m.get("name").asText()));
        assertThat(names).containsExactly("popularity", "recent-popularity", "item-knn", "session-knn");
        JsonNode knn = report.get("models").get(2);
        assertThat(knn.get("tuning").size()).isGreaterThan(1);
        assertThat(knn.at("/metrics/NDCG@5").asDouble())
                .isGreaterThan(report.get("models").get(0).at("/metrics/NDCG@5").asDouble());
        assertThat(knn.has("train_seconds")).isTrue();
        assertThat(knn.at("/metrics/coverage@5").asDouble()).isPositive();
        assertThat(r.out()).contains("report written to");
    }

    @Test
    void a_bad_protocol_or_model_is_a_clear_error() throws Exception {
        CliResult protocol = CliResult.run("evaluate", "--interactions", canonical().toString(), "--protocol", "holdout");
        assertThat(protocol.code()).isNotZero();
        assertThat(protocol.err()).contains("expected loo");
        CliResult model = CliResult.run("evaluate", "--interactions", canonical().toString(), "--models", "magic");
        assertThat(model.code()).isNotZero();
        assertThat(model.err()).contains("unknown model 'magic'").contains("item-knn");
    }
}
