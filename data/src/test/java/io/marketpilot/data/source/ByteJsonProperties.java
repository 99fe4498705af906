package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The byte-level reader of plain JSON lines ({@link ByteJson}) gives exactly what Jackson gives for the decoded
 * line ({@link Json#object(String)}, the general path): same keys in the same order, a repeated key's last value,
 * the same Integer/Long/BigDecimal (with its scale) for every number form, the same text for every escape, surrogate
 * pair and non-ASCII character. Where it does not read a line (null), the general path does; on corrupted lines it
 * must never accept what Jackson rejects. One reader goes through all lines, as in a file, so its key table and key
 * predictions are exercised across lines.
 */
class ByteJsonProperties {

    @Property(tries = 600)
    void readsWhatJacksonReadsFromTheDecodedLine(@ForAll("lines") List<byte[]> lines) {
        ByteJson json = new ByteJson();
        for (byte[] line : lines) {
            byte[] padded = pad(line);
            Map<String, Object> fast = json.object(padded, 3, 3 + line.length);
            if (fast != null) {
                Json.Parsed general = Json.object(new String(line, StandardCharsets.UTF_8));
                assertThat(general).as(new String(line, StandardCharsets.UTF_8)).isInstanceOf(Json.Parsed.Object.class);
                assertThat(fast).isEqualTo(((Json.Parsed.Object) general).fields());
                assertSameMap(fast, ((Json.Parsed.Object) general).fields());
                List<Object> generalValues = new ArrayList<>(((Json.Parsed.Object) general).fields().values());
                List<Object> fastValues = new ArrayList<>(fast.values());
                for (int i = 0; i < fastValues.size(); i++) {
                    assertSameTypes(fastValues.get(i), generalValues.get(i));
                }
                boolean escapes = new String(line, StandardCharsets.UTF_8).contains("\\");
                assertThat(fast).isInstanceOf(PlainFields.class);
                if (((PlainFields) fast).plainText()) { // sound, not complete: a repeated key's replaced value counts too
                    assertThat(!escapes && plain(fast)).as("plain text of %s", fast).isTrue();
                }
            }
        }
    }

    @Property(tries = 300)
    void readsEveryWellFormedLineItself(@ForAll("objects") String object, @ForAll("space") String before,
            @ForAll("space") String after) {
        byte[] line = (before + object + after).getBytes(StandardCharsets.UTF_8);
        assertThat(new ByteJson().object(line, 0, line.length)).as(object).isNotNull();
    }

    /** A repeated key keeps its first place and takes its last value, nested too, as Jackson's LinkedHashMap does. */
    @net.jqwik.api.Example
    void aRepeatedKeyKeepsItsPlaceAndTakesTheLastValue() {
        byte[] line = "{\"a\":1,\"b\":{\"x\":\"p\",\"y\":2,\"x\":\"q\"},\"a\":\"z\",\"c\":[]}".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> fast = new ByteJson().object(line, 0, line.length);
        Map<String, Object> general = ((Json.Parsed.Object) Json.object(new String(line, StandardCharsets.UTF_8))).fields();
        assertThat(new ArrayList<>(fast.keySet())).containsExactly("a", "b", "c");
        assertThat(fast.get("a")).isEqualTo("z");
        assertThat(new ArrayList<>(((Map<?, ?>) fast.get("b")).entrySet()).toString()).isEqualTo("[x=q, y=2]");
        assertSameMap(fast, general);
        assertSameTypes(fast.get("b"), general.get("b"));
    }

    /** The reference for {@link PlainFields}: every key and string, at every depth, empty or trimmed printable ASCII without double spaces. */
    private static boolean plain(Object value) {
        if (value instanceof String s) {
            return s.isEmpty() || (s.matches("[\\x20-\\x7E]*") && !s.startsWith(" ") && !s.endsWith(" ") && !s.contains("  "));
        }
        if (value instanceof java.util.Map<?, ?> m) {
            return m.entrySet().stream().allMatch(e -> plain(e.getKey()) && plain(e.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(ByteJsonProperties::plain);
        }
        return true;
    }

    /**
     * Map equality already tells Integer 1 from Long 1 and 1.0 from 1.00; this also walks nested values' classes
     * (the reader's maps are compact maps where Jackson's are LinkedHashMaps: the line's own a {@link PlainFields},
     * nested ones {@link CompactFields}).
     */
    private static void assertSameTypes(Object fast, Object general) {
        if (fast instanceof Map<?, ?> m) {
            assertThat(m).isExactlyInstanceOf(CompactFields.class);
            assertThat(general).isExactlyInstanceOf(LinkedHashMap.class);
            assertSameMap(m, (Map<?, ?>) general);
            List<Object> g = new ArrayList<>(((Map<?, ?>) general).values());
            List<Object> f = new ArrayList<>(m.values());
            for (int i = 0; i < f.size(); i++) {
                assertSameTypes(f.get(i), g.get(i));
            }
            return;
        }
        assertThat(fast == null ? null : fast.getClass()).isEqualTo(general == null ? null : general.getClass());
        if (fast instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertSameTypes(list.get(i), ((List<?>) general).get(i));
            }
        }
    }

    /** The Map contract as a LinkedHashMap keeps it: same entries in the same order, hash code, text, lookups. */
    private static void assertSameMap(Map<?, ?> fast, Map<?, ?> general) {
        assertThat(new ArrayList<>(fast.entrySet())).isEqualTo(new ArrayList<>(general.entrySet()));
        assertThat(new ArrayList<>(fast.keySet())).isEqualTo(new ArrayList<>(general.keySet()));
        assertThat(fast.hashCode()).isEqualTo(general.hashCode());
        assertThat(fast.toString()).isEqualTo(general.toString());
        assertThat(general).isEqualTo(fast);
        for (Object key : general.keySet()) {
            assertThat(fast.containsKey(key)).isTrue();
            assertThat(fast.get(key)).isEqualTo(general.get(key));
            // a key of another instance, as a parser's literal is to a name read from a file
            assertThat(fast.get(new String(((String) key).toCharArray()))).isEqualTo(general.get(key));
        }
        assertThat(fast.containsKey("\u0000absent")).isFalse();
    }

    /** The line inside a larger buffer, with bytes around it that must not be read. */
    private static byte[] pad(byte[] line) {
        byte[] b = new byte[line.length + 6];
        b[0] = '{';
        b[1] = '"';
        b[2] = '1';
        System.arraycopy(line, 0, b, 3, line.length);
        b[b.length - 3] = '"';
        b[b.length - 2] = '}';
        b[b.length - 1] = '1';
        return b;
    }

    @Provide
    Arbitrary<List<byte[]>> lines() {
        Arbitrary<byte[]> wellFormed = objects().map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, wellFormed),
                        net.jqwik.api.Tuple.of(3, wellFormed.flatMap(ByteJsonProperties::corrupted)))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    /** A line with a byte or a (mostly malformed) UTF-8 sequence inserted or put in place of one, a byte removed, or cut short. */
    private static Arbitrary<byte[]> corrupted(byte[] line) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, line.length);
        Arbitrary<byte[]> noise = Arbitraries.oneOf(
                Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\t', '\0', '\u000b', 'x', '0', '-', '.', 'e', '\u007f')
                        .map(c -> new byte[] {(byte) c.charValue()}),
                Arbitraries.of("FF", "C3", "A9", "E4", "ED", "F0", "80", "C0AF", "C1BF", "E08080", "EDA080", "EDBFBF",
                        "F08FBFBF", "F4908080", "F5808080", "E4B8", "F09F98", "EFBBBF", "C3A9", "E4B8AD", "F09F9880",
                        "EE8080", "F48FBFBF").map(ByteJsonProperties::hex));
        return Combinators.combine(at, noise, Arbitraries.integers().between(0, 3)).as((i, n, how) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (how) {
                case 0 -> {
                    out.write(line, 0, i);
                    out.writeBytes(n);
                    out.write(line, i, line.length - i);
                }
                case 1 -> {
                    out.write(line, 0, i);
                    if (i < line.length) {
                        out.writeBytes(n);
                        out.write(line, i + 1, line.length - i - 1);
                    }
                }
                case 2 -> {
                    out.write(line, 0, i);
                    if (i < line.length) {
                        out.write(line, i + 1, line.length - i - 1);
                    }
                }
                default -> out.write(line, 0, i);
            }
            return out.toByteArray();
        });
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }

    @Provide
    Arbitrary<String> objects() {
        return object(3);
    }

    @Provide
    Arbitrary<String> space() {
        return Arbitraries.of("", "", " ", "\t", "  \t ");
    }

    private Arbitrary<String> object(int depth) {
        Arbitrary<String> member = Combinators.combine(key(), space(), space(), space(), value(depth))
                .as((k, s1, s2, s3, v) -> s1 + k + s2 + ":" + s3 + v);
        return Combinators.combine(member.list().ofMaxSize(6), space()).as((members, s) -> "{" + s + String.join("," + s, members) + s + "}");
    }

    private Arbitrary<String> array(int depth) {
        return Combinators.combine(value(depth).list().ofMaxSize(4), space()).as((values, s) -> "[" + s + String.join(s + "," + s, values) + "]");
    }

    private Arbitrary<String> value(int depth) {
        List<Arbitrary<String>> kinds = new ArrayList<>(List.of(string(), number(), Arbitraries.of("true", "false", "null")));
        if (depth > 0) {
            kinds.add(Arbitraries.lazy(() -> object(depth - 1)));
            kinds.add(Arbitraries.lazy(() -> array(depth - 1)));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** Keys from a small pool (so objects repeat keys, lines share them, and some are prefixes of others), or any string. */
    private Arbitrary<String> key() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("event_id", "type", "user_id", "a", "ab", "abc", "context",
                        "\u00e9t\u00e9", "k\\u0065y", "\u4e2d", "a b", " a", "a  b", "\u007f").map(k -> "\"" + k + "\"")),
                net.jqwik.api.Tuple.of(1, string()));
    }

    private Arbitrary<String> string() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '_', ':', '/', '\u007f')
                .numeric().ofMaxLength(12);
        Arbitrary<String> spaced = Arbitraries.of(" ", "  ", "a b", "a  b", " x", "x ", "view", "web", "2026-08-03T00:00:09Z");
        Arbitrary<String> piece = Arbitraries.oneOf(plain, spaced,
                Arbitraries.of("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0041", "\\u00e9", "\\u00E9",
                        "\\u4E2d", "\\ud83d\\ude00", "\\uD800", "\\udfff", "\\u0000", "\\u001f", "\\u2028", "\\uFEFF"),
                Arbitraries.of("\u00e9", "\u00df", "\u4e2d\u6587", "\u6808", "\ud83d\ude00", "\u2028", "\uFEFF", "\u00a0",
                        "\uFF33\uFF2B\uFF35", "\u0085"));
        return piece.list().ofMaxSize(4).map(p -> "\"" + String.join("", p) + "\"");
    }

    private Arbitrary<String> number() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22)
                .map(d -> d.length() > 1 && d.charAt(0) == '0' ? "1" + d.substring(1) : d);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).map(f -> "." + f)
                .injectNull(0.6).map(f -> f == null ? "" : f);
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4))
                .as((e, sign, d) -> e + sign + d).injectNull(0.7).map(e -> e == null ? "" : e);
        Arbitrary<String> generated = Combinators.combine(Arbitraries.of("", "-"), digits, fraction, exponent)
                .as((sign, d, f, e) -> sign + d + f + e);
        Arbitrary<String> edges = Arbitraries.of("0", "-0", "0.0", "-0.0", "0e0", "1E-7", "1e400", "2147483647",
                "2147483648", "-2147483648", "-2147483649", "999999999", "1000000000", "9999999999", "-9999999999",
                "999999999999999999", "-999999999999999999", "1000000000000000000", "9223372036854775807",
                "-9223372036854775808", "9223372036854775808", "12.50", "19.90", "1099.00");
        return Arbitraries.oneOf(generated, edges);
    }
}
