package io.marketpilot.automation.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random segment definitions as JSON-like maps, covering every condition kind, operator and measure. */
final class RandomDefinitions {
    private static final List<String> WINDOWS = List.of("12h", "3d", "7d", "30d", "2w");
    private final Random random;
    private final boolean fewFilters;
    private final List<String> earlier = new ArrayList<>();

    RandomDefinitions(Random random) {
        this(random, false);
    }

    /**
     * With {@code fewFilters}, event filters come from a set of three, so later segments often reuse an earlier
     * segment's channel with another window (the online state then shares or lengthens it).
     */
    RandomDefinitions(Random random, boolean fewFilters) {
        this.random = random;
        this.fewFilters = fewFilters;
    }

    Map<String, Object> next(String id) {
        Map<String, Object> d = Map.of("id", id, "name", "segment " + id, "condition", condition(0));
        earlier.add(id);
        return d;
    }

    private Object condition(int depth) {
        int kind = random.nextInt(depth >= 2 ? 5 : 8);
        return switch (kind) {
            case 0, 1 -> fact();
            case 2 -> performed();
            case 3 -> sequence();
            case 4 -> earlier.isEmpty() ? fact() : Map.of("segment", earlier.get(random.nextInt(earlier.size())));
            case 5 -> Map.of("all", List.of(condition(depth + 1), condition(depth + 1)));
            case 6 -> Map.of("any", List.of(condition(depth + 1), condition(depth + 1), condition(depth + 1)));
            default -> Map.of("not", condition(depth + 1));
        };
    }

    private Object fact() {
        String key = random.nextInt(5) == 0 ? "attribute" : "trait";
        String name = key.equals("attribute") ? "score" : pick(List.of("city", "age", "vip", "signed_up", "tags"));
        Map<String, Object> f = new HashMap<>();
        f.put(key, name);
        switch (random.nextInt(9)) {
            case 0 -> f.put("op", "exists");
            case 1 -> {
                f.put("op", pick(List.of("=", "!=")));
                f.put("value", pickValue());
            }
            case 2 -> {
                f.put("op", "in");
                f.put("value", List.of(pickValue(), pickValue()));
            }
            case 3 -> {
                f.put("op", "contains");
                f.put("value", pick(List.of("sale", "vip", "海", "new")));
            }
            case 4, 5 -> {
                f.put("op", pick(List.of("<", "<=", ">", ">=")));
                f.put("value", random.nextBoolean() ? (Object) (double) random.nextInt(60)
                        : Map.of("ago", pick(List.of("1d", "10d", "30d", "60d"))));
            }
            case 6 -> {
                f.put("op", "between");
                f.put("value", random.nextBoolean() ? List.of(18, 40)
                        : List.of(Map.of("ago", "60d"), random.nextBoolean() ? Map.of("ago", "5d") : "2025-04-01"));
            }
            default -> {
                f.put("op", ">=");
                f.put("value", "2025-03-01");
            }
        }
        return f;
    }

    private Object pickValue() {
        return pick(List.of("上海", "北京", "O'Hare", 30, 45.5, true, "true", "30"));
    }

    private Map<String, Object> filter() {
        if (fewFilters) {
            return pick(List.of(Map.of(), Map.of("type", "view"), Map.of("type", "purchase")));
        }
        Map<String, Object> f = new HashMap<>();
        if (random.nextInt(3) > 0) {
            f.put("type", random.nextBoolean() ? pick(List.of("view", "purchase", "add_to_cart", "custom"))
                    : List.of("purchase", "add_to_cart"));
        }
        if (random.nextInt(3) == 0) {
            f.put("category", random.nextBoolean() ? pick(RandomShop.CATEGORIES) : List.of("手机", "电脑"));
        }
        if (random.nextInt(5) == 0) {
            f.put("item", List.of("i1", "i3", "i6"));
        }
        return f;
    }

    private Object performed() {
        Map<String, Object> p = new HashMap<>();
        p.put("performed", filter());
        String measure = pick(List.of("count", "count", "quantity", "revenue", "property:amount"));
        p.put("measure", measure);
        p.put("op", pick(List.of("=", "!=", "<", "<=", ">", ">=")));
        p.put("value", switch (measure) {
            case "revenue" -> random.nextInt(800) + 0.5;
            case "property:amount" -> random.nextInt(150);
            default -> random.nextInt(4);
        });
        p.put("window", pick(WINDOWS));
        return p;
    }

    private Object sequence() {
        Map<String, Object> s = new HashMap<>();
        s.put("first", filter());
        s.put(random.nextBoolean() ? "then" : "not_then", filter());
        s.put("within", pick(List.of("1h", "6h", "1d", "2d")));
        s.put("window", pick(List.of("3d", "7d", "30d")));
        return s;
    }

    private <T> T pick(List<? extends T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
