package io.marketpilot.server.http;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.access.Role;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of error leaves as RFC 9457 problem+json with the same members. */
class ProblemShapeIT {
    private static final long MAX_BODY = 64 * 1024;

    @TempDir
    static Path dir;
    private static TestServer api;
    private static String readKey;

    @BeforeAll
    static void start() {
        api = TestServer.start(dir, c -> c.withMaxBodyBytes(MAX_BODY));
        readKey = api.keyWith(Role.READ);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static Stream<Arguments> failures() {
        String tooLarge = "[" + "{\"type\":\"view\"},".repeat((int) (MAX_BODY / 10)) + "{}]";
        return Stream.of(
                Arguments.of("malformed JSON", "POST", "/v1/events", "admin", JSON, "[{\"type\": }]", 400, "malformed-json"),
                Arguments.of("bad parameter", "GET", "/v1/customers/a/events?limit=0", "admin", null, null, 400, "invalid-request"),
                Arguments.of("id too long", "GET", "/v1/items/" + "x".repeat(300), "admin", null, null, 400, "invalid-request"),
                Arguments.of("no key", "GET", "/v1/stats", null, null, null, 401, "unauthorized"),
                Arguments.of("role too small", "POST", "/v1/events", "read", JSON, "[]", 403, "forbidden"),
                Arguments.of("unknown route", "GET", "/v2/nothing", "admin", null, null, 404, "not-found"),
                Arguments.of("unknown record", "GET", "/v1/customers/ghost", "admin", null, null, 404, "not-found"),
                Arguments.of("wrong method", "PATCH", "/v1/items", "admin", JSON, "[]", 405, "method-not-allowed"),
                Arguments.of("batch too large", "POST", "/v1/events", "admin", JSON, "[" + "{},".repeat(10_000) + "{}]", 413, "batch-too-large"),
                Arguments.of("body too large", "PUT", "/v1/items", "admin", JSON, tooLarge, 413, "body-too-large"),
                Arguments.of("wrong media type", "PUT", "/v1/customers", "admin", "text/csv", "user_id\nu1", 415, "unsupported-media-type"));
    }

    @ParameterizedTest(name = "{0} -> {6}")
    @MethodSource("failures")
    void every_error_is_a_problem_document(String name, String method, String path, String who, String contentType,
                                           String body, int status, String type) {
        String key = who == null ? null : who.equals("admin") ? ADMIN_KEY : readKey;

        TestServer.Reply r = api.send(method, path, key, contentType, body);

        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("type").asText()).isEqualTo("urn:marketpilot:problem:" + type);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("instance").asText()).isEqualTo(path.split("\\?")[0]);
        assertThat(p.get("request_id").asText()).isEqualTo(r.header("X-Request-Id"));
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        if (status == 405) {
            assertThat(r.header("Allow")).contains("PUT");
        }
    }

    @org.junit.jupiter.api.Test
    void requests_jetty_refuses_before_routing_are_problems_too() {
        TestServer.Reply r = api.send(api.request("/health", null).header("X-Big", "x".repeat(20_000)).GET().build());

        assertThat(r.status()).isEqualTo(431);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(431);
        assertThat(r.json().get("type").asText()).startsWith("urn:marketpilot:problem:");
    }

    @org.junit.jupiter.api.Test
    void a_failing_engine_is_a_500_problem_that_leaks_nothing(@TempDir Path other) {
        try (TestServer broken = TestServer.start(other)) {
            broken.engine.close(); // every store call now fails inside the engine

            TestServer.Reply r = broken.get("/v1/stats", ADMIN_KEY);

            assertThat(r.status()).isEqualTo(500);
            assertThat(r.contentType()).isEqualTo("application/problem+json");
            assertThat(r.json().get("type").asText()).isEqualTo("urn:marketpilot:problem:internal");
            assertThat(r.json().get("detail").asText()).contains(r.header("X-Request-Id"));
            assertThat(r.body()).doesNotContainIgnoringCase("duckdb").doesNotContain("Exception").doesNotContain("Connection");
        }
    }
}
