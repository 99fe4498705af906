package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.store.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Remembered JSON texts (and their UTF-8 bytes) are exactly what JsonCodec writes, for equal objects in another key
 * order too.
 */
class JsonTextsProperties {

    @Property(tries = 300)
    void sameTextAsWritingEachObject(@ForAll("objects") List<Map<String, Object>> objects) {
        JsonTexts texts = new JsonTexts();
        for (Map<String, Object> object : objects) {
            String text = texts.writeNullable(object);
            String expected = JsonCodec.writeNullable(object);
            assertThat(text).isEqualTo(expected);
            assertThat(texts.utf8(text)).isEqualTo(expected == null ? null : expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> objects() {
        Arbitrary<String> key = Arbitraries.of("channel", "device", "holiday", "geo", "a", "b");
        Arbitrary<Object> value = Arbitraries.oneOf(Arbitraries.of("web", "app", "mobile", "中文", "x".repeat(60)),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 3).map(Object.class::cast),
                Arbitraries.longs().between(0, 3).map(Object.class::cast), Arbitraries.of(1.5, 2.0),
                Arbitraries.of(Map.of("k", "v"), List.of(1, 2)));
        Arbitrary<Map<String, Object>> object = Arbitraries.maps(key, value).ofMaxSize(6).flatMap(m ->
                Arbitraries.of(true, false).map(reversed -> {
                    List<Map.Entry<String, Object>> entries = new ArrayList<>(m.entrySet());
                    if (reversed) {
                        Collections.reverse(entries);
                    }
                    Map<String, Object> ordered = new LinkedHashMap<>();
                    entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
                    return Collections.unmodifiableMap(ordered);
                }));
        return object.list().ofMaxSize(80);
    }
}
