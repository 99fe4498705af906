package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlp analyze}: the text pipeline, entities, intent, sentiment and aspects of one text. */
class NlpAnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void analyses_without_creating_a_data_directory() throws Exception {
        Path data = dir.resolve("none");
        CliResult r = CliResult.run("nlp", "analyze", "物流很快，質量不錯！👍 但是退货太麻烦", "--data-dir", data.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("language   zh", "text       物流很快,质量不错! 但是退货太麻烦", "emojis     👍", "intent ");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void json_is_the_api_shape() throws Exception {
        CliResult r = CliResult.run("nlp", "analyze", "Where is my order?", "--json", "--data-dir",
                dir.resolve("none").toString());
        assertThat(r.code()).as(r.toString()).isZero();
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("intent").get("intent").asText()).isEqualTo("order_status");
    }
}
