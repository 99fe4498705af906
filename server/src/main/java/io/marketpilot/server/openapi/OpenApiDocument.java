package io.marketpilot.server.openapi;

import io.marketpilot.server.problem.Problem;
import io.marketpilot.server.route.CommonSchemas;
import io.marketpilot.server.route.Doc;
import io.marketpilot.server.route.QueryParam;
import io.marketpilot.server.route.JsonSchema;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the OpenAPI 3.1 document (as a JSON tree of maps) from the route table. */
final class OpenApiDocument {
    static final String NDJSON = "application/x-ndjson";

    private OpenApiDocument() {}

    static Map<String, Object> build(List<Route> routes) {
        Map<String, Schema> schemas = new TreeMap<>();
        collect(CommonSchemas.PROBLEM, schemas);
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        Map<String, Object> components = new LinkedHashMap<>();
        Map<String, Object> schemaJson = new LinkedHashMap<>();
        schemas.forEach((name, s) -> schemaJson.put(name, s.json()));
        components.put("schemas", schemaJson);
        components.put("securitySchemes", Map.of(
                "bearerAuth", Map.of("type", "http", "scheme", "bearer", "description", "Authorization: Bearer <key>"),
                "apiKeyHeader", Map.of("type", "apiKey", "in", "header", "name", "X-API-Key")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "MarketPilot API", "version", "1.0.0", "description", ApiDescription.TEXT));
        doc.put("paths", paths);
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> operation(Route route, Map<String, Schema> schemas) {
        Doc doc = route.doc();
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", doc.operationId());
        op.put("tags", List.of(doc.tag()));
        op.put("summary", doc.summary());
        if (!doc.description().isEmpty()) {
            op.put("description", doc.description());
        }
        List<Object> parameters = new ArrayList<>();
        for (PathParam p : doc.pathParams()) {
            parameters.add(Map.of("name", p.name(), "in", "path", "required", true, "description", p.description(),
                    "schema", Map.of("type", "string", "maxLength", 256)));
        }
        for (QueryParam p : doc.queryParams()) {
            parameters.add(Map.of("name", p.name(), "in", "query", "required", false, "description", p.description(),
                    "schema", p.schema()));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (doc.body() != null) {
            op.put("requestBody", requestBody(doc.body(), schemas));
        }
        op.put("responses", responses(route, schemas));
        if (route.isPublic()) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(Map.of("bearerAuth", List.of()), Map.of("apiKeyHeader", List.of())));
            op.put("x-required-role", route.role().wireName());
        }
        return op;
    }

    private static Map<String, Object> requestBody(Doc.Body body, Map<String, Schema> schemas) {
        collect(body.record(), schemas);
        Map<String, Object> ref = JsonSchema.ref(body.record());
        Map<String, Object> content = new LinkedHashMap<>();
        if (body.batch()) {
            Map<String, Object> array = new LinkedHashMap<>(JsonSchema.array(ref, "the records"));
            array.put("maxItems", body.maxRecords());
            content.put("application/json", Map.of("schema", array));
            content.put(NDJSON, Map.of("schema", Map.of("$ref", ref.get("$ref"), "description", "one record per line")));
        } else {
            content.put("application/json", Map.of("schema", ref));
        }
        return Map.of("required", true, "description", body.description(), "content", content);
    }

    private static Map<String, Object> responses(Route route, Map<String, Schema> schemas) {
        Doc doc = route.doc();
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", doc.responseDescription());
        if (doc.response() != null) {
            collect(doc.response(), schemas);
            ok.put("content", Map.of(doc.responseType(), Map.of("schema", JsonSchema.ref(doc.response()))));
        } else if (doc.status() != 204) {
            String type = doc.responseType().startsWith("text/") ? "string" : "object";
            ok.put("content", Map.of(doc.responseType(), Map.of("schema", Map.of("type", type))));
        }
        responses.put(Integer.toString(doc.status()), ok);
        boolean readsInput = doc.body() != null || !doc.queryParams().isEmpty() || !doc.pathParams().isEmpty();
        if (readsInput) {
            responses.put("400", problem("invalid request or malformed JSON"));
        }
        if (!route.isPublic()) {
            responses.put("401", problem("missing or invalid API key (with WWW-Authenticate: Bearer)"));
            responses.put("403", problem("the key's role is below '" + route.role().wireName() + "'"));
        }
        if (doc.mayNotFind()) {
            responses.put("404", problem("no such record"));
        }
        if (doc.body() != null) {
            responses.put("413", problem(doc.body().batch() ? "too many records, or the body is too large"
                    : "the body is too large"));
            responses.put("415", problem("unsupported Content-Type"));
        }
        responses.put("default", problem("any other error, e.g. 500 (never with internals)"));
        return responses;
    }

    private static Map<String, Object> problem(String description) {
        return Map.of("description", description,
                "content", Map.of(Problem.MEDIA_TYPE, Map.of("schema", JsonSchema.ref(CommonSchemas.PROBLEM))));
    }

    private static void collect(Schema schema, Map<String, Schema> into) {
        Schema known = into.putIfAbsent(schema.name(), schema);
        if (known != null && known != schema) {
            throw new IllegalStateException("two different schemas are named " + schema.name());
        }
        if (known == null) {
            schema.uses().forEach(s -> collect(s, into));
        }
    }
}
