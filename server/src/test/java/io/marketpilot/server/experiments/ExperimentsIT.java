package io.marketpilot.server.experiments;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.access.Role;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment routes on a real server: lifecycle, assignment with and without exposure, report, errors. */
class ExperimentsIT {
    private static final String DEFINITION = """
            {"id": "copy-test", "decision": "email.subject",
             "variants": [{"key": "control", "config": {"subject": "Hello"}},
                          {"key": "urgent", "weight": 1, "config": {"subject": "Last chance"}}],
             "metrics": ["conversion_7d", "revenue_per_user"]}""";

    @TempDir
    Path dir;
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void an_experiment_runs_from_draft_to_report() {
        Reply created = api.send("POST", "/v1/experiments", ADMIN_KEY, JSON, DEFINITION);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("draft");
        assertThat(created.header("Location")).isEqualTo("/v1/experiments/copy-test");
        assertThat(api.send("POST", "/v1/experiments", ADMIN_KEY, JSON, DEFINITION).status()).isEqualTo(409);
        assertThat(api.get("/v1/experiments/copy-test/report", ADMIN_KEY).status()).isEqualTo(409);

        Reply draftAssignment = api.get("/v1/experiments/copy-test/assignment/u1", ADMIN_KEY);
        assertThat(draftAssignment.json().get("assigned").asBoolean()).isFalse();
        assertThat(draftAssignment.json().get("reason").asText()).isEqualTo("not_running");

        assertThat(api.send("POST", "/v1/experiments/copy-test/start", ADMIN_KEY, null, null).json()
                .get("status").asText()).isEqualTo("running");
        assertThat(api.send("POST", "/v1/experiments/copy-test/start", ADMIN_KEY, null, null).status()).isEqualTo(409);

        String reader = api.keyWith(Role.READ);
        Reply peek = api.get("/v1/experiments/copy-test/assignment/u1", reader);
        assertThat(peek.json().get("assigned").asBoolean()).isTrue();
        assertThat(peek.json().get("exposed").asBoolean()).isFalse();
        assertThat(api.get("/v1/experiments/copy-test/assignment/u1?expose=true", reader).status()).isEqualTo(403);

        List<String> events = new ArrayList<>();
        for (int u = 0; u < 200; u++) {
            Reply used = api.get("/v1/experiments/copy-test/assignment/u" + u + "?expose=true", ADMIN_KEY);
            assertThat(used.json().get("exposed").asBoolean()).isTrue();
            if (u % 4 == 0) {
                events.add("{\"type\": \"purchase\", \"user_id\": \"u" + u + "\", \"item_id\": \"i1\", \"price\": 20,"
                        + " \"currency\": \"EUR\", \"timestamp\": \"" + TestServer.NOW + "\"}");
            }
        }
        assertThat(api.send("POST", "/v1/events", ADMIN_KEY, JSON, "[" + String.join(",", events) + "]").status())
                .isEqualTo(200);

        JsonNode report = api.get("/v1/experiments/copy-test/report", reader).json();
        assertThat(report.get("status").asText()).isEqualTo("running");
        assertThat(report.get("exposures").get(0).asLong() + report.get("exposures").get(1).asLong()).isEqualTo(200);
        assertThat(report.get("srm").get("mismatch").asBoolean()).isFalse();
        JsonNode conversion = report.get("metrics").get(0);
        assertThat(conversion.get("metric").asText()).isEqualTo("conversion_7d");
        assertThat(conversion.get("control_units").asLong() + conversion.get("variant_units").asLong()).isEqualTo(200);
        assertThat(conversion.get("fixed_horizon").get("control").asDouble()
                + conversion.get("fixed_horizon").get("treatment").asDouble()).isGreaterThan(0.3);
        assertThat(conversion.get("verdict").asText()).isNotBlank();
        assertThat(report.get("verdict").asText()).startsWith("No winner yet");

        assertThat(api.send("POST", "/v1/experiments/copy-test/stop", ADMIN_KEY, null, null).json()
                .get("status").asText()).isEqualTo("stopped");
        assertThat(api.get("/v1/experiments", reader).json().get("experiments").get(0).get("stopped_at").asText())
                .isEqualTo(TestServer.NOW.toString());
    }

    @Test
    void an_invalid_definition_names_every_bad_field() {
        Reply r = api.send("POST", "/v1/experiments", ADMIN_KEY, JSON, """
                {"id": "bad id!", "traffic": 2, "variants": [{"key": "a", "weight": -1}],
                 "metrics": ["conversion_forever", {"name": "m", "type": "ratio", "event": "purchase"}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors")).extracting(e -> e.get("pointer").asText()).contains("/id", "/traffic",
                "/variants", "/variants/0/weight", "/metrics/0", "/metrics/1/denominator_event");
    }

    @Test
    void unknown_experiments_are_not_found() {
        assertThat(api.get("/v1/experiments/nope/report", ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.send("POST", "/v1/experiments/nope/start", ADMIN_KEY, null, null).status()).isEqualTo(404);
        assertThat(api.get("/v1/experiments/nope/assignment/u1", ADMIN_KEY).status()).isEqualTo(404);
        assertThat(Map.of()).isEmpty();
    }
}
