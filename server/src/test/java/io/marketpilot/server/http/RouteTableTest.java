package io.marketpilot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.server.json.WireJson;
import io.marketpilot.server.metrics.ServerMetrics;
import io.marketpilot.server.openapi.OpenApiResource;
import io.marketpilot.server.route.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The route table and the OpenAPI document built from it, without a running server or engine (resources only
 * touch the engine when a request arrives). {@code OpenApiIT} checks the same against the live router.
 */
class RouteTableTest {
    private final ServerMetrics metrics = new ServerMetrics();
    private final OpenApiResource table = tableWithoutEngine();

    private OpenApiResource tableWithoutEngine() {
        try {
            return ApiRoutes.table(null, ServerConfig.defaults(), WireJson.mapper(), metrics);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void every_route_is_documented_and_every_documented_operation_is_a_route() {
        Set<String> routes = new HashSet<>();
        for (Route r : table.routes()) {
            assertThat(routes.add(r.method().name() + " " + r.path())).as("duplicate route %s %s", r.method(), r.path()).isTrue();
        }

        assertThat(documentedOperations(table.document())).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void only_health_the_document_and_message_tracking_are_public() {
        assertThat(table.routes()).filteredOn(Route::isPublic).extracting(Route::path)
                .containsExactlyInAnyOrder("/health", "/openapi.json", "/t/o/{token}", "/t/c/{token}");
    }

    @Test
    void every_schema_reference_resolves() {
        Map<String, Object> doc = table.document();
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/schemas/");
            assertThat(schemas).containsKey(ref.substring("#/components/schemas/".length()));
        });
        assertThat(schemas).containsKeys("Event", "Item", "Customer", "Problem", "FieldProblem", "IngestResult");
    }

    @Test
    void operation_ids_are_unique_and_protected_routes_declare_security_and_role() {
        Set<String> ids = new HashSet<>();
        forEachOperation(table.document(), (key, op) -> {
            assertThat(ids.add((String) op.get("operationId"))).as("operationId of %s", key).isTrue();
            boolean isPublic = key.endsWith(" /health") || key.endsWith(" /openapi.json") || key.contains(" /t/");
            assertThat(op.get("security")).as(key).isEqualTo(isPublic ? List.of() : List.of(
                    Map.of("bearerAuth", List.of()), Map.of("apiKeyHeader", List.of())));
            assertThat(op.containsKey("x-required-role")).as(key).isEqualTo(!isPublic);
        });
    }

    static Set<String> documentedOperations(Map<String, Object> doc) {
        Set<String> out = new HashSet<>();
        forEachOperation(doc, (key, op) -> out.add(key));
        return out;
    }

    @SuppressWarnings("unchecked")
    static void forEachOperation(Map<String, Object> doc, java.util.function.BiConsumer<String, Map<String, Object>> sink) {
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) ->
                sink.accept(method.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) op)));
    }

    private static void collectRefs(Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    out.add((String) v);
                } else {
                    collectRefs(v, out);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectRefs(v, out));
        }
    }
}
