package io.marketpilot.server.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small constructors for JSON Schema fragments, so wire schemas read like the wire format they describe. */
public final class JsonSchema {
    private JsonSchema() {}

    /** An object with these properties (name, schema, name, schema …); unknown members are allowed. */
    public static Map<String, Object> object(String description, List<String> required, Object... properties) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            props.put((String) properties[i], properties[i + 1]);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        out.put("description", description);
        if (!required.isEmpty()) {
            out.put("required", required);
        }
        out.put("properties", props);
        return out;
    }

    public static Map<String, Object> string(String description) {
        return typed("string", description);
    }

    public static Map<String, Object> oneOf(String description, String... values) {
        Map<String, Object> out = typed("string", description);
        out.put("enum", List.of(values));
        return out;
    }

    public static Map<String, Object> integer(String description) {
        return typed("integer", description);
    }

    public static Map<String, Object> number(String description) {
        return typed("number", description);
    }

    public static Map<String, Object> bool(String description) {
        return typed("boolean", description);
    }

    public static Map<String, Object> dateTime(String description) {
        Map<String, Object> out = typed("string", description);
        out.put("format", "date-time");
        return out;
    }

    public static Map<String, Object> array(Map<String, Object> items, String description) {
        Map<String, Object> out = typed("array", description);
        out.put("items", items);
        return out;
    }

    /** A free JSON object (traits, context, properties, attributes). */
    public static Map<String, Object> anyObject(String description) {
        Map<String, Object> out = typed("object", description);
        out.put("additionalProperties", true);
        return out;
    }

    /** A map from string keys to values of one schema. */
    public static Map<String, Object> mapOf(Map<String, Object> values, String description) {
        Map<String, Object> out = typed("object", description);
        out.put("additionalProperties", values);
        return out;
    }

    public static Map<String, Object> ref(Schema schema) {
        return Map.of("$ref", "#/components/schemas/" + schema.name());
    }

    /** The same schema, also allowing JSON null. */
    public static Map<String, Object> nullable(Map<String, Object> schema) {
        Map<String, Object> out = new LinkedHashMap<>(schema);
        Object type = out.get("type");
        if (type instanceof String t) {
            out.put("type", List.of(t, "null"));
        }
        return out;
    }

    public static List<String> required(String... names) {
        return new ArrayList<>(Arrays.asList(names));
    }

    private static Map<String, Object> typed(String type, String description) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.put("description", description);
        return out;
    }
}
