package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A JSONL line's map ({@link PlainFields}, a compact map since it stopped being a LinkedHashMap) behaves as the
 * LinkedHashMap it replaced under any sequence of the Map methods, the default ones included (same answers, order,
 * equals, hashCode, toString), and every change through its own mutators drops the plain-text mark, as before.
 */
class PlainFieldsProperties {
    private static final List<String> KEYS = List.of("event_id", "type", "user_id", "a", "b", "c", "d", "e", "f",
            "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "Aa", "BB"); // "Aa" and "BB" collide

    record Op(int kind, int key, int value) {}

    @Property(tries = 1000)
    void actsAsALinkedHashMapAndDropsTheMarkOnChange(@ForAll("ops") List<Op> ops, @ForAll boolean nested) {
        Map<String, Object> expected = new LinkedHashMap<>();
        CompactFields actual = nested ? new CompactFields(ops.size() % 5) : new PlainFields(ops.size() % 5);
        for (Op op : ops) {
            if (actual instanceof PlainFields p) {
                p.plainText(true);
            }
            String key = op.value() % 2 == 0 ? KEYS.get(op.key()) : new String(KEYS.get(op.key()).toCharArray());
            Integer value = op.value() % 11 == 0 ? null : op.value();
            boolean changes = true;
            switch (op.kind()) {
                case 0, 1 -> assertThat(actual.put(key, value)).isEqualTo(expected.put(key, value));
                case 2 -> assertThat(actual.putIfAbsent(key, value)).isEqualTo(expected.putIfAbsent(key, value));
                case 3 -> assertThat(actual.compute(key, (k, v) -> v == null ? value : null))
                        .isEqualTo(expected.compute(key, (k, v) -> v == null ? value : null));
                case 4 -> assertThat(actual.computeIfAbsent(key, k -> value)).isEqualTo(expected.computeIfAbsent(key, k -> value));
                case 5 -> assertThat(actual.computeIfPresent(key, (k, v) -> value)).isEqualTo(expected.computeIfPresent(key, (k, v) -> value));
                case 6 -> {
                    int v = op.value();
                    assertThat(actual.merge(key, v, (a, b) -> (Integer) a + (Integer) b == 50 ? null : (Integer) a + (Integer) b))
                            .isEqualTo(expected.merge(key, v, (a, b) -> (Integer) a + (Integer) b == 50 ? null : (Integer) a + (Integer) b));
                }
                case 7 -> assertThat(actual.replace(key, value)).isEqualTo(expected.replace(key, value));
                case 8 -> assertThat(actual.replace(key, op.key(), value)).isEqualTo(expected.replace(key, op.key(), value));
                case 9 -> {
                    actual.replaceAll((k, v) -> v == null ? op.key() : v);
                    expected.replaceAll((k, v) -> v == null ? op.key() : v);
                }
                case 10 -> {
                    Map<String, Object> more = new LinkedHashMap<>();
                    more.put(key, value);
                    more.put(KEYS.get((op.key() + 1) % KEYS.size()), -op.value());
                    actual.putAll(more);
                    expected.putAll(more);
                }
                case 11 -> {
                    changes = false;
                    assertThat(actual.remove(key)).isEqualTo(expected.remove(key));
                }
                default -> {
                    changes = false;
                    assertThat(actual.get(key)).isEqualTo(expected.get(key));
                    assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
                    assertThat(actual.getOrDefault(key, -1)).isEqualTo(expected.getOrDefault(key, -1));
                    assertThat(actual.containsValue(value)).isEqualTo(expected.containsValue(value));
                }
            }
            if (actual instanceof PlainFields p) {
                assertThat(p.plainText()).as("the mark after op %s", op).isEqualTo(!changes);
            }
            assertThat(actual).hasSize(expected.size()).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(expected).isEqualTo(actual);
            assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
            assertThat(actual.toString()).isEqualTo(expected.toString());
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, KEYS.size() - 1), Arbitraries.integers().between(0, 100)).as(Op::new);
        return op.list().ofMaxSize(60);
    }
}
