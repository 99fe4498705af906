package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.data.source.PlainRecord;
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
 * {@link CanonicalFormat#toWire} reshapes a row in place; it must give what the earlier version, which built a
 * second map, gave ({@link #reference}): the same fields and values, the same event ids, and the same
 * {@code properties} in the same order (their order is the stored JSON text). Rows mix every column the mapping
 * treats specially (the file's own event_id, type, quantity or properties column, present or absent) with plain
 * extra columns, as plain records and as ordinary maps.
 */
class CanonicalWireProperties {

    @Property(tries = 400)
    void inPlaceReshapingGivesWhatTheSecondMapGave(@ForAll("rows") List<List<Map.Entry<String, Object>>> rows,
                                                   @ForAll boolean plain) {
        ContentIds newIds = new ContentIds("canon-");
        ContentIds oldIds = new ContentIds("canon-");
        for (List<Map.Entry<String, Object>> cells : rows) {
            Map<String, Object> expected = reference(row(cells, plain), oldIds);
            Map<String, Object> actual = CanonicalFormat.toWire(row(cells, plain), newIds);

            assertThat(actual).isEqualTo(expected);
            assertThat(actual instanceof PlainRecord).isEqualTo(plain);
            if (expected.get("properties") instanceof Map<?, ?> p) {
                assertThat(List.copyOf(((Map<?, ?>) actual.get("properties")).entrySet())).isEqualTo(List.copyOf(p.entrySet()));
                assertThat(actual.get("properties") instanceof PlainRecord).isEqualTo(plain);
            }
        }
    }

    private static Map<String, Object> row(List<Map.Entry<String, Object>> cells, boolean plain) {
        Map<String, Object> row = plain ? PlainRecord.withExpectedSize(cells.size()) : new LinkedHashMap<>();
        for (Map.Entry<String, Object> cell : cells) {
            Object v = cell.getValue();
            if (v instanceof Map<?, ?> nested) { // a fresh nested object per row, of the row's kind
                Map<String, Object> copy = plain ? PlainRecord.withExpectedSize(2) : new LinkedHashMap<>();
                nested.forEach((k, x) -> copy.put((String) k, x));
                v = copy;
            }
            row.putIfAbsent(cell.getKey(), v);
        }
        return row;
    }

    @Provide
    Arbitrary<List<List<Map.Entry<String, Object>>>> rows() {
        Arbitrary<Object> ids = Arbitraries.of("u-1", "u-2", "sku-9", "2026-05-01T10:00:00Z", "1777000000");
        Arbitrary<Object> types = Arbitraries.of("view", "purchase", "review", "refund", "search");
        Arbitrary<Object> values = Arbitraries.of("1", "-2", "3.5", "0", "x", "2000000", "7");
        Arbitrary<Object> nested = Arbitraries.of(Map.of("query", "shoes"), Map.of("value", "9"), Map.of());
        Arbitrary<Map.Entry<String, Object>> cell = Arbitraries.oneOf(
                ids.map(v -> Map.entry("user_id", v)), ids.map(v -> Map.entry("item_id", v)),
                ids.map(v -> Map.entry("timestamp", v)), ids.map(v -> Map.entry("event_id", v)),
                types.map(v -> Map.entry("event_type", v)), types.map(v -> Map.entry("type", v)),
                values.map(v -> Map.entry("value", v)), values.map(v -> Map.entry("quantity", v)),
                nested.map(v -> Map.entry("properties", v)), Arbitraries.of("web", "x").map(v -> Map.entry("properties", v)),
                nested.map(v -> Map.entry("context", v)), Arbitraries.of("9.90", "EUR").map(v -> Map.entry("price", v)),
                Arbitraries.of("a", "b").map(v -> Map.entry("note", v)));
        Arbitrary<List<Map.Entry<String, Object>>> row = Combinators.combine(
                cell.list().ofMaxSize(10), Arbitraries.of(true, false))
                .as((cells, always) -> {
                    List<Map.Entry<String, Object>> out = new ArrayList<>(cells);
                    if (always) { // the usual columns, so identical rows repeat and ids count up
                        out.addAll(0, List.of(Map.entry("user_id", "u-1"), Map.entry("item_id", "sku-9"),
                                Map.entry("timestamp", "1777000000")));
                    }
                    return out;
                });
        return row.list().ofMaxSize(8);
    }

    /** The mapping as it was before it worked in place (main 2265b96), kept as the oracle. */
    private static Map<String, Object> reference(Map<String, Object> row, ContentIds ids) {
        Object type = row.remove("event_type");
        String typeName = type == null ? "purchase" : type.toString();
        Object rawValue = row.remove("value");
        String value = rawValue == null ? "1" : rawValue.toString().strip();
        Object user = row.remove("user_id");
        Object item = row.remove("item_id");
        Object timestamp = row.remove("timestamp");
        Object ownId = row.remove("event_id");
        Map<String, Object> wire = row instanceof PlainRecord ? PlainRecord.withExpectedSize(row.size() + 8) : new LinkedHashMap<>();
        wire.put("event_id", ownId != null ? ownId : ids.next(str(user), str(item), str(timestamp), typeName, value));
        wire.put("type", typeName);
        putIfPresent(wire, "user_id", user);
        putIfPresent(wire, "item_id", item);
        putIfPresent(wire, "timestamp", timestamp);
        Object number = CanonicalFormat.number(value); // unchanged by the in-place work: shared, not re-derived
        Long quantity = CanonicalFormat.quantity(number);
        if (quantity != null) {
            wire.put("quantity", quantity);
        }
        Object given = row.remove("properties");
        Map<String, Object> properties = wire instanceof PlainRecord ? PlainRecord.withExpectedSize(4) : new LinkedHashMap<>();
        if (given instanceof Map<?, ?> m) {
            m.forEach((k, v) -> properties.put((String) k, v));
        } else if (given != null) {
            properties.put("properties", given);
        }
        properties.put("value", number);
        if ("review".equals(typeName.strip())) {
            properties.put("rating", number);
        }
        wire.putAll(row);
        wire.put("properties", properties);
        return wire;
    }

    private static void putIfPresent(Map<String, Object> wire, String key, Object value) {
        if (value != null) {
            wire.put(key, value);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
