package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The value cache of each key ({@link ValueCache}, used by {@link ByteJson}) never changes what a line reads as:
 * over long runs of lines, where values repeat, stop repeating (the cache rests) and repeat again, where the same
 * bytes appear under different keys, where escaped forms decode to a cached plain value, and where more distinct
 * values than slots evict each other, every line equals what Jackson reads from it (the general path), nested
 * objects included.
 */
class ValueCacheProperties {

    @Property(tries = 60)
    void linesReadAsJacksonReadsThem(@ForAll("repeating") List<String> first, @ForAll("unique") List<String> then,
            @ForAll("repeating") List<String> last) {
        ByteJson json = new ByteJson();
        List<String> lines = new ArrayList<>(first);
        lines.addAll(then);
        lines.addAll(last);
        for (String line : lines) {
            assertReadsAsJackson(json, line);
        }
    }

    /** More lines than a window and a rest: ids switch their caches off and on, 20 types evict each other. */
    @Example
    void manyLinesAcrossWindowsRestsAndEvictions() {
        ByteJson json = new ByteJson();
        String[] types = new String[20];
        for (int i = 0; i < types.length; i++) {
            types[i] = "type-" + (char) ('a' + i) + "x".repeat(i);
        }
        int lines = 3 * (ValueCache.REST + ValueCache.WINDOW);
        for (int i = 0; i < lines; i++) {
            String type = i % 7 == 0 ? "vi\\u0065w" : i % 3 == 0 ? "view" : types[(i * 7) % types.length];
            String id = (i / 5000) % 2 == 0 ? "ev-" + i : "ev-" + (i % 3); // unique, then repeating, then unique …
            String line = "{\"event_id\":\"" + id + "\",\"type\":\"" + type + "\",\"context\":{\"channel\":\""
                    + (i % 2 == 0 ? "web" : "view") + "\",\"device\":\"" + (i % 11 == 0 ? "" : "mobile") + "\"}}";
            assertReadsAsJackson(json, line);
        }
    }

    @Example
    void aRepeatedValueIsOneSharedString() {
        ByteJson json = new ByteJson();
        byte[] line = "{\"type\":\"view\",\"n\":1}".getBytes(StandardCharsets.US_ASCII);
        Object first = json.object(line, 0, line.length).get("type");
        Object second = json.object(line, 0, line.length).get("type");
        assertThat(second).isEqualTo("view").isSameAs(first);
    }

    private static void assertReadsAsJackson(ByteJson json, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> fast = json.object(bytes, 0, bytes.length);
        Json.Parsed general = Json.object(line);
        assertThat(general).as(line).isInstanceOf(Json.Parsed.Object.class);
        assertThat(fast).as(line).isNotNull().isEqualTo(((Json.Parsed.Object) general).fields());
        assertThat(new ArrayList<>(fast.entrySet())).as(line)
                .isEqualTo(new ArrayList<>(((Json.Parsed.Object) general).fields().entrySet()));
    }

    @Provide
    Arbitrary<List<String>> repeating() {
        return lines(Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of("view", "click", "purchase", "web", "mobile", "EUR", "a", "", "ab", "a b")),
                Tuple.of(3, escaped()),
                Tuple.of(1, any())));
    }

    @Provide
    Arbitrary<List<String>> unique() {
        return lines(Arbitraries.frequencyOf(Tuple.of(6, any()), Tuple.of(1, Arbitraries.of("view", "web"))));
    }

    private static Arbitrary<List<String>> lines(Arbitrary<String> value) {
        Arbitrary<String> quoted = value.map(v -> "\"" + v + "\"");
        Arbitrary<String> key = Arbitraries.of("type", "channel", "device", "event_id", "currency", "k\\u0065y", "view");
        Arbitrary<String> member = Combinators.combine(key, quoted).as((k, v) -> "\"" + k + "\":" + v);
        Arbitrary<String> nested = member.list().ofMaxSize(3).map(m -> "\"context\":{" + String.join(",", m) + "}");
        Arbitrary<String> anyMember = Arbitraries.frequencyOf(Tuple.of(5, member), Tuple.of(1, nested),
                Tuple.of(1, quoted.list().ofMaxSize(3).map(v -> "\"tags\":[" + String.join(",", v) + "]")));
        return anyMember.list().ofMinSize(1).ofMaxSize(6).map(m -> "{" + String.join(",", m) + "}")
                .list().ofMinSize(1).ofMaxSize(300);
    }

    /** Forms that decode to a plain value the cache may hold, and escapes that do not. */
    private static Arbitrary<String> escaped() {
        return Arbitraries.of("vi\\u0065w", "\\u0076iew", "w\\u0065b", "\\u00e9t\\u00e9", "\u00e9t\u00e9", "a\\\"b",
                "\\ud83d\\ude00", "\ud83d\ude00", "a\\u0020b", "a\\/b", "a/b", "EU\\u0052");
    }

    /** Mostly distinct values: printable ASCII (up to past the cache's length limit), some spaces and DEL. */
    private static Arbitrary<String> any() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars(' ', '-', ':', '\u007f')
                .ofMaxLength(60);
    }
}
