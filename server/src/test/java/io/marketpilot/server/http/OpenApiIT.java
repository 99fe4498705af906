package io.marketpilot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.ParsedEndpoint;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live router and the served document agree: every registered route is documented, and only those. */
class OpenApiIT {

    @Test
    @SuppressWarnings("unchecked")
    void registered_routes_equal_documented_operations(@TempDir Path dir) throws Exception {
        try (TestServer api = TestServer.start(dir)) {
            TestServer.Reply r = api.get("/openapi.json", null);
            assertThat(r.status()).isEqualTo(200);
            Map<String, Object> doc = new ObjectMapper().readValue(r.body(), Map.class);
            assertThat(doc.get("openapi")).isEqualTo("3.1.0");

            Set<String> registered = api.server.javalin().unsafe.internalRouter.allHttpHandlers().stream()
                    .filter((ParsedEndpoint p) -> p.endpoint.method.isHttpMethod())
                    .map((ParsedEndpoint p) -> p.endpoint.method.name() + " " + p.endpoint.path)
                    .collect(Collectors.toSet());

            assertThat(RouteTableTest.documentedOperations(doc)).containsExactlyInAnyOrderElementsOf(registered);
            assertThat(registered).contains("POST /v1/events", "GET /v1/items/{id}", "DELETE /v1/keys/{id}");
        }
    }
}
