package io.marketpilot.server.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.Map;

/**
 * The Jackson configuration of the wire format. Response records use camelCase components that appear as
 * snake_case; maps (domain records rendered by the resources) keep their keys as given.
 */
public final class WireJson {
    /** A JSON object as the engine takes it. */
    public static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private WireJson() {}

    public static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("marketpilot-time");
        time.addSerializer(Instant.class, ToStringSerializer.instance); // Instant.toString is ISO-8601 with Z
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION) // never echo request bytes in errors
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(time)
                .build();
    }
}
