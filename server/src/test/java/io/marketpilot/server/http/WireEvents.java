package io.marketpilot.server.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Wire-format events, items and customers for HTTP tests, with sane defaults. */
public final class WireEvents {
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private WireEvents() {}

    public static Map<String, Object> event(String id, String type, String user, String item, Instant at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", id);
        e.put("type", type);
        e.put("user_id", user);
        if (item != null) {
            e.put("item_id", item);
        }
        e.put("timestamp", at.toString());
        return e;
    }

    /** {@code n} distinct valid views of user {@code u<i % 7>} on item {@code i<i % 13>}, one second apart. */
    public static List<Map<String, Object>> views(String prefix, int n) {
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(event(prefix + "-" + i, "view", "u" + (i % 7), "i" + (i % 13), T0.plusSeconds(i)));
        }
        return out;
    }

    public static String ndjson(List<Map<String, Object>> records) {
        return records.stream().map(TestServer::json).collect(Collectors.joining("\n")) + "\n";
    }

    public static Map<String, Object> item(String id, String title, Object price) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("item_id", id);
        item.put("title", title);
        if (price != null) {
            item.put("price", price);
        }
        item.put("currency", "EUR");
        return item;
    }
}
