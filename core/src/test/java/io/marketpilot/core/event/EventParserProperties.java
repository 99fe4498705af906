package io.marketpilot.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * The parser answers exactly as the plain-spoken {@link ReferenceEventParser}: the same events (ids, values, nested
 * objects and unknown fields, in their order) and the same errors (field, expected, found, in order), on records with
 * blanks, nulls, numbers as strings, nested maps, unknown fields, invalid values and over-long ids. What an event
 * holds is immutable and shares nothing mutable with the input.
 */
class EventParserProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> KNOWN = List.of("event_id", "type", "user_id", "anonymous_id", "item_id",
            "timestamp", "quantity", "price", "currency", "session_id", "context", "properties");

    @Property(tries = 3000)
    void answersAsTheReference(@ForAll("records") Map<String, Object> record) {
        Outcome expected = outcome(() -> new ReferenceEventParser(CLOCK).parse(record));
        Outcome actual = outcome(() -> new EventParser(CLOCK).parse(record));
        Statistics.label("outcome").collect(actual.failure() != null ? "exception"
                : actual.result().isValid() ? "valid" : "invalid");
        assertThat(actual.failure()).isEqualTo(expected.failure());
        assertThat(actual.result()).isEqualTo(expected.result());
        if (actual.result() instanceof Validation.Valid<Event> valid) {
            Event e = valid.value();
            Event ref = ((Validation.Valid<Event>) expected.result()).value();
            assertThat(shape(e.context())).isEqualTo(shape(ref.context()));
            assertThat(shape(e.properties())).isEqualTo(shape(ref.properties()));
            assertThat(shape(e.extra())).isEqualTo(shape(ref.extra()));
            assertDeeplyImmutable(e.context());
            assertDeeplyImmutable(e.properties());
            assertDeeplyImmutable(e.extra());
        }
    }

    @Property(tries = 500)
    void changingTheInputAfterwardsChangesNoEvent(@ForAll("records") Map<String, Object> record) {
        Map<String, Object> input = mutableDeepCopy(record);
        if (!(outcome(() -> new EventParser(CLOCK).parse(input)).result() instanceof Validation.Valid<Event> valid)) {
            return;
        }
        Event before = valid.value();
        Map<String, Object> seen = mutableDeepCopy(Map.of("c", before.context(), "p", before.properties(), "x", before.extra()));
        scribble(input);
        assertThat(Map.of("c", before.context(), "p", before.properties(), "x", before.extra())).isEqualTo(seen);
    }

    private record Outcome(Validation<Event> result, String failure) {}

    private static Outcome outcome(Supplier<Validation<Event>> parse) {
        try {
            return new Outcome(parse.get(), null);
        } catch (RuntimeException e) { // e.g. NaN as an id, an epoch beyond Instant's range: both must fail alike
            return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** The value with every map as its list of keys and values in iteration order, so order differences show. */
    private static Object shape(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<Object> out = new ArrayList<>();
            m.forEach((k, x) -> {
                out.add(k);
                out.add(shape(x));
            });
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(EventParserProperties::shape).toList();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static void assertDeeplyImmutable(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            assertThatThrownBy(() -> map.put("k", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.remove("k")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.putAll(Map.of("k", 1))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.putIfAbsent("k", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.replaceAll((k, x) -> x)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.merge("k", 1, (a, b) -> a)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.computeIfAbsent("k", k -> 1)).isInstanceOf(UnsupportedOperationException.class);
            if (!map.isEmpty()) {
                var it = map.entrySet().iterator();
                var first = it.next();
                assertThatThrownBy(() -> first.setValue(1)).isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> map.keySet().remove(first.getKey())).isInstanceOf(UnsupportedOperationException.class);
            }
            map.values().forEach(EventParserProperties::assertDeeplyImmutable);
        } else if (v instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
            list.forEach(EventParserProperties::assertDeeplyImmutable);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T mutableDeepCopy(T v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, mutableDeepCopy(x)));
            return (T) out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(mutableDeepCopy(x)));
            return (T) out;
        }
        return v;
    }

    /** Changes every map and list of the input in place. */
    @SuppressWarnings("unchecked")
    private static void scribble(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            map.values().forEach(EventParserProperties::scribble);
            map.replaceAll((k, x) -> x instanceof Map || x instanceof List ? x : "changed");
            map.put("added", 1);
        } else if (v instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            list.forEach(EventParserProperties::scribble);
            list.add("added");
        }
    }

    // ---- generated records -----------------------------------------------------------------------------------

    @Provide
    Arbitrary<Map<String, Object>> records() {
        Arbitrary<List<Map.Entry<String, Object>>> known = Combinators.combine(KNOWN.stream()
                .map(f -> field(f).injectNull(f.equals("type") || f.equals("timestamp") ? 0.03 : 0.3).map(v -> v == null ? null : Map.entry(f, v == NULL ? NULL : v)))
                .toList()).as(list -> list.stream().filter(e -> e != null).toList());
        Arbitrary<List<Map.Entry<String, Object>>> unknown = Combinators.combine(unknownName(), anyValue(2))
                .as((k, v) -> (Map.Entry<String, Object>) new AbstractMap.SimpleEntry<>(k, v)).list().ofMaxSize(3);
        return Combinators.combine(known, unknown, Arbitraries.of(MapKind.values()), Arbitraries.randoms())
                .as((k, u, kind, random) -> {
                    List<Map.Entry<String, Object>> all = new ArrayList<>(k);
                    all.addAll(u);
                    java.util.Collections.shuffle(all, random);
                    Map<String, Object> map = kind.make();
                    all.forEach(e -> map.put(e.getKey(), e.getValue() == NULL ? null : e.getValue()));
                    return map;
                });
    }

    /** Stands for a JSON null in a known field (jqwik's null means "field absent" above). */
    private static final Object NULL = new Object();

    private enum MapKind {
        LINKED, HASH, TREE;

        Map<String, Object> make() {
            return switch (this) {
                case LINKED -> new LinkedHashMap<>();
                case HASH -> new HashMap<>();
                case TREE -> new TreeMap<>();
            };
        }
    }

    /** Mostly good values, so that a good share of records is valid; odd and blank ones in every field. */
    private static Arbitrary<Object> field(String name) {
        Arbitrary<Object> blank = Arbitraries.of("", " ", "\t", "\u2003 ", NULL);
        Arbitrary<Object> good = switch (name) {
            case "type" -> Arbitraries.of("view", "purchase", " Add-To-Cart ", "SEARCH", "review", "identify", "refund");
            case "timestamp" -> Arbitraries.oneOf(Arbitraries.of("2026-08-03T00:00:09Z", "2026-08-03T00:00:09.123456789Z",
                    "2026-08-03 10:15:00+08:00", "2026-08-03t00:00:09z", "2026-08-03T00:00:09-05:30",
                    "2026-03-29T02:30:00+01:00[Europe/Paris]", " 1785715200 ", "1785715200000", 1_785_715_200,
                    1.7857152E9, new BigDecimal("1785715200.000"), "2026-12-31T23:59:59.9999999999Z"),
                    Arbitraries.longs().between(0, 1_790_000_000_000L).map(Object.class::cast));
            case "quantity" -> Arbitraries.of(1, 3, -3, "2", " 2.0 ", -1_000_000, new BigDecimal("1E+2"), 7L, "1e3");
            case "price" -> Arbitraries.of("12.50", 12.5, 0, "99999999999999.9999", 3, new BigDecimal("0.10"), "+4", "1E2");
            case "currency" -> Arbitraries.of("eur", "EUR", " cny ", "Usd");
            case "context", "properties" -> nestedMap(3);
            default -> Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_').ofMinLength(1)
                    .ofMaxLength(12).map(x -> (Object) (name.charAt(0) + "-" + x));
        };
        Arbitrary<Object> odd = switch (name) {
            case "type" -> Arbitraries.of("bogus", 5, "view!");
            case "timestamp" -> Arbitraries.of("2026-02-30T00:00:00Z", "1969-12-31T23:59:59Z", "2099-01-01T00:00:00Z",
                    "2026-08-03T00:00:09", "yesterday", "-5", "\uff11\uff17\uff18\uff15", 1.5, Long.MIN_VALUE, true,
                    -100_000_000_000L, 4_000_000_000_000L);
            case "quantity" -> Arbitraries.of(0, 2.5, 2_000_000, "x", 1e20, true, "1.5e0");
            case "price" -> Arbitraries.of(-1, "1e14", "abc", 1e300, Double.NaN, "--1", "1,5", List.of(1));
            case "currency" -> Arbitraries.of("EURO", "\u20ac\u20ac\u20ac", 978, "e1r", Map.of("a", 1));
            case "context", "properties" -> Arbitraries.of("not an object", List.of("a"), 4);
            default -> Arbitraries.oneOf(
                    Arbitraries.of(" u-1 ", "anon:7", "a\u0001b", "x".repeat(256), "y".repeat(257),
                            " " + "z".repeat(256) + " ", 17850.0, 42, 12_345_678_901L, new BigDecimal("1E+3"), true,
                            "\uff33\uff2b\uff35\uff0d\uff11\uff12", "\uD800", "\uD83D\uDED2", Map.of("id", 1), List.of("a")),
                    Arbitraries.strings().ofMaxLength(8).map(Object.class::cast));
        };
        return Arbitraries.frequencyOf(List.of(Tuple.of(24, good), Tuple.of(1, odd), Tuple.of(1, blank)));
    }

    private static Arbitrary<String> unknownName() {
        return Arbitraries.oneOf(Arbitraries.of("color", "campaign", "Price", "event id", "ü", "context.channel"),
                // an equal name of another instance than the parser's literal: it is that field, not an extra
                Arbitraries.of(KNOWN).map(k -> new String(k.toCharArray())),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
    }

    private static Arbitrary<Object> anyValue(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.of("", "  ", "text", " padded ", 1, 2.5, true)
                .map(Object.class::cast), Arbitraries.strings().ofMaxLength(6).map(Object.class::cast)).injectNull(0.1);
        if (depth == 0) {
            return leaf;
        }
        return Arbitraries.frequencyOf(List.of(Tuple.of(4, leaf), Tuple.of(1, nestedMap(depth - 1)),
                Tuple.of(1, anyValue(depth - 1).list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)))));
    }

    private static Arbitrary<Object> nestedMap(int depth) {
        return Combinators.combine(Arbitraries.of("channel", "device", "query", "geo", "a", "b").set().ofMaxSize(4),
                        anyValue(Math.max(depth - 1, 0)).list().ofSize(4))
                .as((keys, values) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    int i = 0;
                    for (String k : keys) {
                        m.put(k, values.get(i++));
                    }
                    return (Object) m;
                });
    }
}
