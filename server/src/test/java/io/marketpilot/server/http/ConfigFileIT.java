package io.marketpilot.server.http;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.config.ConfigFileLocation;
import io.marketpilot.engine.config.ConfigLoader;
import io.marketpilot.engine.config.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits set in the data directory's marketpilot.yaml hold at the real HTTP API. */
class ConfigFileIT {
    @TempDir
    Path dir;

    @Test
    void theBatchAndBodyLimitsOfTheFileAreTheApisLimits() throws Exception {
        Files.writeString(dir.resolve("marketpilot.yaml"), """
                ingest:
                  max_batch: 3
                server:
                  max_body_bytes: 4096
                """);
        EngineConfig config = ConfigLoader.load(dir, ConfigFileLocation.resolve(null, Map.of(), dir), Map.of(),
                List.of()).config();
        try (TestServer api = TestServer.start(config, Clock.fixed(TestServer.NOW, ZoneOffset.UTC),
                UnaryOperator.identity())) {
            TestServer.Reply three = api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(WireEvents.views("ok", 3)));
            assertThat(three.status()).isEqualTo(200);

            TestServer.Reply four = api.send("POST", "/v1/events", ADMIN_KEY, JSON, json(WireEvents.views("no", 4)));
            assertThat(four.status()).isEqualTo(413);
            assertThat(four.json().get("type").asText()).isEqualTo("urn:marketpilot:problem:batch-too-large");
            assertThat(four.json().get("detail").asText()).contains("3");

            TestServer.Reply big = api.send("POST", "/v1/events", ADMIN_KEY, JSON, "[" + " ".repeat(5000) + "]");
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().get("type").asText()).isEqualTo("urn:marketpilot:problem:body-too-large");
            assertThat(api.engine.stats().events().total()).isEqualTo(3);
        }
    }
}
