package io.marketpilot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.marketpilot.server.json.WireJson;
import io.marketpilot.server.metrics.ServerMetrics;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exception mapper on a bare router: what a client sees for failures the engine-backed tests cannot provoke. */
class ProblemMapperTest {
    private final ObjectMapper json = new ObjectMapper();
    private final ServerMetrics metrics = new ServerMetrics();
    private Javalin app;

    @BeforeEach
    void start() {
        ProblemMapper problems = new ProblemMapper(WireJson.mapper(), 4096);
        RequestLog log = new RequestLog(metrics);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.before(log::assignId);
            cfg.routes.get("/boom", ctx -> {
                throw new IllegalStateException("secret internals at /var/lib/db");
            });
            cfg.routes.get("/teapot", ctx -> {
                throw new HttpResponseException(418, "short and stout");
            });
            cfg.routes.get("/gone", ctx -> {
                throw new ProblemException(ProblemType.NOT_FOUND, "no such thing");
            });
            cfg.routes.exception(HttpResponseException.class, problems::handle);
            cfg.routes.exception(Exception.class, problems::handle);
            cfg.requestLogger.http(log);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        metrics.close();
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (requestId != null) {
            b.header("X-Request-Id", requestId);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_unexpected_exception_is_a_500_problem_that_leaks_nothing() throws Exception {
        HttpResponse<String> r = get("/boom", "req-42");

        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("urn:marketpilot:problem:internal");
        assertThat(p.get("title").asText()).isEqualTo("Internal server error");
        assertThat(p.get("status").asInt()).isEqualTo(500);
        assertThat(p.get("instance").asText()).isEqualTo("/boom");
        assertThat(p.get("request_id").asText()).isEqualTo("req-42");
        assertThat(p.get("detail").asText()).contains("req-42");
        assertThat(r.body()).doesNotContain("secret", "IllegalState", "at io.", "Exception");
        assertThat(r.headers().firstValue("X-Request-Id")).hasValue("req-42");
    }

    @Test
    void unknown_routes_and_odd_statuses_are_problems_too() throws Exception {
        HttpResponse<String> missing = get("/nowhere", "bad id with spaces");
        JsonNode p = json.readTree(missing.body());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(p.get("type").asText()).isEqualTo("urn:marketpilot:problem:not-found");
        assertThat(p.get("detail").asText()).contains("GET /nowhere").contains("/openapi.json");
        assertThat(p.get("request_id").asText()).isNotEqualTo("bad id with spaces").hasSizeGreaterThan(8);

        HttpResponse<String> teapot = get("/teapot", null);
        assertThat(teapot.statusCode()).isEqualTo(418);
        assertThat(teapot.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> gone = get("/gone", null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json.readTree(gone.body()).get("detail").asText()).isEqualTo("no such thing");
        assertThat(json.readTree(gone.body()).has("errors")).isFalse();
    }
}
