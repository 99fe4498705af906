package io.marketpilot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's segments: first the target one (≥ 2 phones bought in 30 days), then 49 more mixing windows of
 * 1–90 days, counts, revenue, quantities, categories, sequences (cart then purchase; cart and not purchase),
 * traits and references to earlier segments.
 */
final class SegmentSet {
    private SegmentSet() {}

    static Map<String, Object> phoneBuyers() {
        return Map.of("id", "phone-buyers-30d", "name", "Bought ≥ 2 phones in 30 days", "condition",
                Map.of("performed", Map.of("type", "purchase", "category", "手机"), "measure", "quantity",
                        "op", ">=", "value", 2, "window", "30d"));
    }

    static List<Map<String, Object>> more(int n) {
        List<String> windows = List.of("1d", "7d", "14d", "30d", "60d", "90d");
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = windows.get(i % windows.size());
            String cat = SegmentShop.category(i % SegmentShop.CATEGORIES);
            Object condition = switch (i % 7) {
                case 0 -> Map.of("performed", Map.of("type", "view", "category", cat), "op", ">=", "value", 3, "window", w);
                case 1 -> Map.of("performed", Map.of("type", "purchase"), "measure", "revenue", "op", ">",
                        "value", 50 + i, "window", w);
                case 2 -> Map.of("first", Map.of("type", "add_to_cart"), "not_then", Map.of("type", "purchase"),
                        "within", "1d", "window", i % 2 == 0 ? "7d" : "14d");
                case 3 -> Map.of("first", Map.of("type", "view", "category", cat), "then", Map.of("type", "purchase"),
                        "within", "2d", "window", "30d");
                case 4 -> Map.of("all", List.of(Map.of("trait", "city", "op", "in", "value", List.of("上海", "北京")),
                        Map.of("performed", Map.of("type", "add_to_cart"), "op", ">=", "value", 1, "window", w)));
                case 5 -> Map.of("any", List.of(Map.of("segment", "phone-buyers-30d"),
                        Map.of("trait", "tier", "op", "=", "value", "gold")));
                default -> Map.of("not", Map.of("performed", Map.of(), "op", ">=", "value", 1, "window", w));
            };
            out.add(Map.of("id", "s" + i, "name", "segment " + i, "condition", condition));
        }
        return out;
    }
}
