package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The compact record behaves as a LinkedHashMap under any sequence of operations: same answers, same order. */
class PlainRecordProperties {
    private static final List<String> KEYS = List.of("event_id", "type", "user_id", "item_id", "a", "b", "c", "d",
            "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "Aa", "BB"); // "Aa" and "BB" collide

    record Op(int kind, int key, int value) {}

    @Property(tries = 1000)
    void actsAsALinkedHashMap(@ForAll("ops") List<Op> ops) {
        Map<String, Object> expected = new LinkedHashMap<>();
        PlainRecord actual = PlainRecord.withExpectedSize(ops.size() % 5);
        for (Op op : ops) {
            // an equal key of another instance, as a parser literal is to a name read from a file
            String key = op.value() % 2 == 0 ? KEYS.get(op.key()) : new String(KEYS.get(op.key()).toCharArray());
            switch (op.kind()) {
                case 0, 1, 2 -> assertThat(actual.put(key, op.value())).isEqualTo(expected.put(key, op.value()));
                case 3 -> assertThat(actual.remove(key)).isEqualTo(expected.remove(key));
                case 4 -> assertThat(actual.get(key)).isEqualTo(expected.get(key));
                case 5 -> assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
                case 6 -> {
                    removeWhile(actual.entrySet().iterator(), op.value());
                    removeWhile(expected.entrySet().iterator(), op.value());
                }
                case 7 -> {
                    actual.entrySet().forEach(e -> e.setValue(op.value()));
                    expected.entrySet().forEach(e -> e.setValue(op.value()));
                }
                case 8 -> {
                    Map<String, Object> more = new LinkedHashMap<>();
                    more.put(key, op.value());
                    more.put(KEYS.get((op.key() + 1) % KEYS.size()), -op.value());
                    actual.putAll(more);
                    expected.putAll(more);
                }
                default -> {
                    if (op.value() % 7 == 0) {
                        actual.clear();
                        expected.clear();
                    }
                }
            }
            assertThat(actual).hasSize(expected.size()).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            List<String> keys = new ArrayList<>();
            actual.forEach((k, v) -> keys.add(k));
            assertThat(keys).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(actual.toString()).isEqualTo(expected.toString());
        }
    }

    /** Removes entries with an odd value of (key length + value) through the iterator. */
    private static void removeWhile(Iterator<Map.Entry<String, Object>> it, int salt) {
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            if ((e.getKey().length() + (Integer) e.getValue() + salt) % 2 != 0) {
                it.remove();
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, KEYS.size() - 1), Arbitraries.integers().between(0, 100)).as(Op::new);
        return op.list().ofMaxSize(60);
    }
}
