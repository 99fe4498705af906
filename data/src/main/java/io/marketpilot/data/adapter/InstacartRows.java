package io.marketpilot.data.adapter;

import io.marketpilot.data.source.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instacart rows as wire records; the lookup tables fill as the files are read in {@link InstacartFormat}'s order.
 * Item: {@code item_id} product_id, {@code title} product_name, {@code category} [department, aisle]. Event:
 * {@code purchase}, id {@code instacart-<order_id>-<product_id>}, quantity 1, properties {@code order_id},
 * {@code add_to_cart_order}, {@code reordered}; every line of an order shares the order's time.
 */
final class InstacartRows {
    private final Map<String, String> departments = new HashMap<>();
    private final Map<String, String> aisles = new HashMap<>();
    private final InstacartTimeline timeline = new InstacartTimeline();
    private Map<String, InstacartTimeline.Placed> orders;

    void department(SourceRecord record, Sink sink) {
        lookup(record, sink, "department_id", "department", departments);
    }

    void aisle(SourceRecord record, Sink sink) {
        lookup(record, sink, "aisle_id", "aisle", aisles);
    }

    private static void lookup(SourceRecord record, Sink sink, String idColumn, String nameColumn, Map<String, String> into) {
        String id = text(record, idColumn);
        String name = text(record, nameColumn);
        if (id == null || name == null) {
            sink.skip("incomplete " + nameColumn + " row", id == null ? idColumn : nameColumn);
            return;
        }
        into.put(id, name);
    }

    void product(SourceRecord record, Sink sink) {
        Map<String, Object> item = LinkedHashMap.newLinkedHashMap(4);
        putIfPresent(item, "item_id", text(record, "product_id"));
        putIfPresent(item, "title", text(record, "product_name"));
        List<String> category = new ArrayList<>(2);
        Optional.ofNullable(text(record, "department_id")).map(departments::get).ifPresent(category::add);
        Optional.ofNullable(text(record, "aisle_id")).map(aisles::get).ifPresent(category::add);
        item.put("category", category);
        sink.emit(RecordKind.ITEM, item);
    }

    void order(SourceRecord record, Sink sink) {
        String id = text(record, "order_id");
        String user = text(record, "user_id");
        Integer number = integer(record, "order_number");
        Integer dow = integer(record, "order_dow");
        Integer hour = integer(record, "order_hour_of_day");
        Integer gap = integer(record, "days_since_prior_order");
        if (id == null || user == null || number == null || dow == null || hour == null || dow < 0 || dow > 6 || hour < 0 || hour > 23) {
            sink.skip("unusable order row", "order_id=" + id);
            return;
        }
        timeline.add(id, user, number, dow, hour, gap);
    }

    void orderLine(SourceRecord record, Sink sink) {
        if (orders == null) {
            orders = timeline.place();
        }
        String orderId = text(record, "order_id");
        InstacartTimeline.Placed order = orderId == null ? null : orders.get(orderId);
        if (order == null) {
            sink.skip("order not in orders.csv", "order_id=" + orderId);
            return;
        }
        String product = text(record, "product_id");
        Map<String, Object> event = LinkedHashMap.newLinkedHashMap(6);
        event.put("event_id", "instacart-" + orderId + "-" + product);
        event.put("type", "purchase");
        event.put("user_id", order.user());
        putIfPresent(event, "item_id", product);
        event.put("timestamp", order.at().toString());
        Map<String, Object> properties = LinkedHashMap.newLinkedHashMap(3);
        properties.put("order_id", orderId);
        putIfPresent(properties, "add_to_cart_order", integer(record, "add_to_cart_order"));
        String reordered = text(record, "reordered");
        if (reordered != null) {
            properties.put("reordered", reordered.equals("1"));
        }
        event.put("properties", properties);
        sink.emit(RecordKind.EVENT, event);
    }

    private static String text(SourceRecord record, String column) {
        Object v = record.fields().get(column);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Integers as Instacart writes them: {@code 7}, {@code "09"} or, in the full release, {@code 7.0}. */
    private static Integer integer(SourceRecord record, String column) {
        String s = text(record, column);
        if (s == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(s).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
