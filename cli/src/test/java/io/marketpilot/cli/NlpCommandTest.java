package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlp evaluate-sentiment} with the shipped head on a small labelled CSV. */
class NlpCommandTest {
    @TempDir
    Path dir;

    @Test
    void evaluate_sentiment_writes_accuracy_f1_confusion_and_throughput() throws Exception {
        Path csv = dir.resolve("reviews.csv");
        Files.writeString(csv, "review,stars\n质量很好，非常满意,good\n太差了，退货,bad\n\"物流快,包装好,推荐\",good\n"
            + "Terrible battery, broke in a day,bad\n");
        Path out = dir.resolve("result.json");
        CliResult r = CliResult.run("nlp", "evaluate-sentiment", "--input", csv.toString(), "--text-column", "review",
            "--label-column", "stars", "--positive-label", "good", "--output", out.toString(),
            "--cache-dir", dir.resolve("cache").toString());
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("n").asInt()).isEqualTo(4);
        assertThat(json.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(json.has("macro_f1")).isTrue();
        assertThat(json.get("confusion").get("actual_positive").get("predicted_positive").asInt()).isGreaterThan(0);
        assertThat(json.get("texts_per_second").asDouble()).isPositive();
    }

    @Test
    void a_missing_column_fails_with_the_columns_that_exist() throws Exception {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        CliResult r = CliResult.run("nlp", "evaluate-sentiment", "--input", csv.toString(), "--text-column", "text",
            "--label-column", "b", "--cache-dir", dir.resolve("cache").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("--text-column 'text'").contains("[a, b]");
    }

    @Test
    void evaluating_a_head_on_the_other_variant_is_refused_with_the_fix() throws Exception {
        Path csv = dir.resolve("y.csv");
        Files.writeString(csv, "text,label\n很好,1\n");
        Path int8 = dir.resolve("int8.mpm");
        try (var in = getClass().getResourceAsStream("/io/marketpilot/nlp/sentiment/sentiment-head-int8.mpm")) {
            Files.write(int8, in.readAllBytes());
        }
        CliResult r = CliResult.run("nlp", "evaluate-sentiment", "--input", csv.toString(), "--text-column", "text",
            "--label-column", "label", "--model", int8.toString(), "--variant", "fp32",
            "--cache-dir", dir.resolve("cache").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("trained on bge-small-zh-v1.5-int8", "encoder in use is bge-small-zh-v1.5-fp32",
            "nlp train-sentiment --variant fp32", "nlp.encoder.variant back to int8");
    }

    @Test
    void nlp_without_a_subcommand_is_a_usage_error() {
        assertThat(CliResult.run("nlp").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliResult.run("nlp", "--help").out()).contains("train-sentiment", "evaluate-sentiment");
    }
}
