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
import org.junit.jupiter.api.Test;

/**
 * Remembered JSON texts (and their UTF-8 bytes) are exactly what JsonCodec writes, for equal objects in another key
 * order too; a remembered object is really reused (same bytes instance) when an equal one comes again.
 */
class JsonTextsProperties {

    @Property(tries = 300)
    void sameTextAsWritingEachObjectForTrickyObjects(@ForAll("trickyObjects") List<Map<String, Object>> objects) {
        assertSameTextAsWritingEach(objects);
    }

    /** One cache across all objects, in order: every text and its bytes as JsonCodec writes that object alone. */
    private static void assertSameTextAsWritingEach(List<Map<String, Object>> objects) {
        JsonTexts texts = new JsonTexts();
        for (Map<String, Object> object : objects) {
            String text = texts.writeNullable(object);
            String expected = JsonCodec.writeNullable(object);
            assertThat(text).isEqualTo(expected);
            assertThat(texts.utf8(text)).isEqualTo(expected == null ? null : expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEqualObjectOfFreshStringsReusesTheRememberedBytes() {
        JsonTexts texts = new JsonTexts();
        byte[] first = texts.utf8(texts.writeNullable(context(new String("web"), new String("mobile"))));
        byte[] again = texts.utf8(texts.writeNullable(context(new String("web"), new String("mobile"))));
        byte[] other = texts.utf8(texts.writeNullable(context("app", "mobile")));

        assertThat(again).isSameAs(first);
        assertThat(other).isNotSameAs(first).isEqualTo("{\"channel\":\"app\",\"device\":\"mobile\"}"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sameHashDifferentValuesAreNotConfused() {
        // "Aa" and "BB" share String.hashCode, so both objects hash alike and land in one probe run
        JsonTexts texts = new JsonTexts();
        String a = texts.writeNullable(Map.of("k", "Aa"));
        String b = texts.writeNullable(Map.of("k", "BB"));
        String a2 = texts.writeNullable(Map.of("k", "Aa"));

        assertThat(a).isEqualTo("{\"k\":\"Aa\"}");
        assertThat(b).isEqualTo("{\"k\":\"BB\"}");
        assertThat(a2).isSameAs(a);
    }

    @Test
    void anIntegerAndALongOfOneValueAreNotTheSameObject() {
        JsonTexts texts = new JsonTexts();
        assertThat(texts.writeNullable(Map.of("n", 1))).isEqualTo("{\"n\":1}");
        assertThat(texts.writeNullable(Map.of("n", 1L))).isEqualTo("{\"n\":1}");
        assertThat(texts.writeNullable(Map.of("n", true))).isEqualTo("{\"n\":true}");
    }

    private static Map<String, Object> context(String channel, String device) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(new String("channel"), channel);
        m.put(new String("device"), device);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Keys and values near every limit (4 keys, 48 chars), non-ASCII (CJK, emoji surrogate pairs, escapes),
     * colliding hashes, nulls, Integer vs Long, nested values, plain and unmodifiable maps, fresh String
     * instances, and more distinct objects than the cache holds.
     */
    @Provide
    Arbitrary<List<Map<String, Object>>> trickyObjects() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of("web", "app", "mini_program", "Aa", "BB", "AaAa", "BBBB", "", " ", "中文", "😀x", "\"q\"",
                        "tab\t", "\u0001", "é", "x".repeat(47), "x".repeat(48), "y".repeat(48), "x".repeat(49)),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(50),
                Arbitraries.strings().alpha().ofMaxLength(6));
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("channel", "device", "holiday", "Aa", "BB", "k".repeat(49)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3));
        Arbitrary<Object> value = Arbitraries.oneOf(text.map(s -> (Object) new String(s)),
                Arbitraries.of(true, false), Arbitraries.integers().between(-2, 2).map(Object.class::cast),
                Arbitraries.longs().between(-2, 2).map(Object.class::cast), Arbitraries.of(1.5, 2.0),
                Arbitraries.just(null), Arbitraries.of(Map.of("k", "v"), List.of(1, 2)));
        Arbitrary<Map<String, Object>> object = Arbitraries.maps(key, value).ofMaxSize(6).flatMap(m ->
                Arbitraries.integers().between(0, 2).map(shape -> {
                    List<Map.Entry<String, Object>> entries = new ArrayList<>(m.entrySet());
                    if (shape == 1) {
                        Collections.reverse(entries);
                    }
                    Map<String, Object> ordered = new LinkedHashMap<>();
                    entries.forEach(e -> ordered.put(new String(e.getKey()), e.getValue()));
                    return shape == 2 ? ordered : Collections.unmodifiableMap(ordered);
                }));
        // repeat some objects so hits happen, and go past the 64 remembered ones
        return object.list().ofMinSize(1).ofMaxSize(100).flatMap(distinct ->
                Arbitraries.integers().between(0, distinct.size() - 1).list().ofMaxSize(200)
                        .map(picks -> picks.stream().map(distinct::get).toList()));
    }

    @Property(tries = 300)
    void sameTextAsWritingEachObject(@ForAll("objects") List<Map<String, Object>> objects) {
        assertSameTextAsWritingEach(objects);
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
