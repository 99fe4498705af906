package io.marketpilot.server.route;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a wire type, defined next to the code that writes or
 * reads that type. {@code uses} lists the named schemas {@code json} refers to with {@link JsonSchema#ref}, so
 * the OpenAPI builder can collect every component a route needs.
 */
public record Schema(String name, Map<String, Object> json, List<Schema> uses) {
    public Schema {
        Objects.requireNonNull(name, "name");
        json = Map.copyOf(json);
        uses = List.copyOf(uses);
    }

    public static Schema named(String name, Map<String, Object> json, Schema... uses) {
        return new Schema(name, json, List.of(uses));
    }
}
