package io.marketpilot.engine.recommend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Business rules on item fields, in the spirit of the Universal Recommender: {@code include} (only items matching;
 * several values of one field are alternatives, different fields must all match), {@code exclude}, {@code boost}
 * (multiply the item's appeal), a price range and in-stock. Applied inside retrieval as an eligibility set, so an
 * answer is full whenever enough eligible items exist.
 *
 * <p>Text form, one rule per entry: {@code include=category:手机}, {@code exclude=brand:Acme},
 * {@code boost=brand:Aurora:1.5}, {@code min_price=100}, {@code max_price=500}, {@code in_stock=true}. Fields:
 * {@code category} (any level of the path), {@code brand}, {@code tag}, {@code item}.
 */
record ItemRules(Map<String, List<String>> include, Map<String, List<String>> exclude, List<Boost> boosts,
                 double minPrice, double maxPrice, boolean inStockOnly) {
    static final List<String> FIELDS = List.of(CatalogueView.CATEGORY, CatalogueView.BRAND, CatalogueView.TAG, "item");

    /** Items matching {@code field:value} get their appeal multiplied by {@code factor} (> 0). */
    record Boost(String field, String value, double factor) {}

    static final ItemRules NONE = new ItemRules(Map.of(), Map.of(), List.of(), Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, false);

    /**
     * Parses rule entries (name, value); every problem names the entry and what was expected.
     *
     * @throws IllegalArgumentException listing every bad entry
     */
    static ItemRules parse(List<Map.Entry<String, String>> entries) {
        Map<String, List<String>> include = new LinkedHashMap<>();
        Map<String, List<String>> exclude = new LinkedHashMap<>();
        List<Boost> boosts = new ArrayList<>();
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        boolean inStock = false;
        List<String> problems = new ArrayList<>();
        for (var e : entries) {
            String name = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().strip();
            try {
                switch (name) {
                    case "include" -> add(include, fieldValue(value, name));
                    case "exclude" -> add(exclude, fieldValue(value, name));
                    case "boost" -> boosts.add(boost(value));
                    case "min_price" -> min = number(name, value);
                    case "max_price" -> max = number(name, value);
                    case "in_stock" -> inStock = bool(name, value);
                    default -> throw new IllegalArgumentException("unknown rule '" + name
                        + "': expected include, exclude, boost, min_price, max_price or in_stock");
                }
            } catch (IllegalArgumentException ex) {
                problems.add(ex.getMessage());
            }
        }
        if (min > max) {
            problems.add("min_price " + min + " is above max_price " + max);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new ItemRules(include, exclude, boosts, min, max, inStock);
    }

    /** Both rule sets at once: a placement's defaults refined by a request's own rules. */
    ItemRules and(ItemRules more) {
        Map<String, List<String>> inc = new LinkedHashMap<>(include);
        more.include.forEach((f, v) -> inc.merge(f, v, (a, b) -> a.stream().filter(b::contains).toList()));
        Map<String, List<String>> exc = new LinkedHashMap<>(exclude);
        more.exclude.forEach((f, v) -> exc.merge(f, v, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        List<Boost> b = new ArrayList<>(boosts);
        b.addAll(more.boosts);
        return new ItemRules(inc, exc, b, Math.max(minPrice, more.minPrice), Math.min(maxPrice, more.maxPrice),
            inStockOnly || more.inStockOnly);
    }

    /** The items these rules allow among {@code candidates} (a new set). */
    BitSet eligible(CatalogueView catalogue, BitSet candidates) {
        BitSet ok = (BitSet) candidates.clone();
        include.forEach((field, values) -> {
            BitSet any = new BitSet(catalogue.size());
            for (String v : values) {
                any.or(matches(catalogue, field, v));
            }
            ok.and(any);
        });
        exclude.forEach((field, values) -> values.forEach(v -> ok.andNot(matches(catalogue, field, v))));
        if (inStockOnly) {
            ok.and(catalogue.inStock());
        }
        if (minPrice > Double.NEGATIVE_INFINITY || maxPrice < Double.POSITIVE_INFINITY) {
            for (int i = ok.nextSetBit(0); i >= 0; i = ok.nextSetBit(i + 1)) {
                float p = catalogue.price(i);
                if (!(p >= minPrice && p <= maxPrice)) {
                    ok.clear(i);
                }
            }
        }
        return ok;
    }

    /** Per-item boost factor (1 when none applies); null when there are no boosts. */
    float[] boostFactors(CatalogueView catalogue) {
        return boostFactors(catalogue, Candidates.all(catalogue.size()));
    }

    /** Boost factor by candidate position (1 when none applies); null when there are no boosts. */
    float[] boostFactors(CatalogueView catalogue, Candidates candidates) {
        if (boosts.isEmpty()) {
            return null;
        }
        float[] f = new float[candidates.size()];
        java.util.Arrays.fill(f, 1f);
        for (Boost b : boosts) {
            BitSet m = matches(catalogue, b.field(), b.value());
            if (candidates.isAll()) {
                for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
                    f[i] *= (float) b.factor();
                }
            } else {
                for (int p = 0; p < f.length; p++) {
                    if (m.get(candidates.item(p))) {
                        f[p] *= (float) b.factor();
                    }
                }
            }
        }
        return f;
    }

    private static BitSet matches(CatalogueView catalogue, String field, String value) {
        if (field.equals("item")) {
            BitSet b = new BitSet();
            int i = catalogue.dictionary().index(value);
            if (i >= 0) {
                b.set(i);
            }
            return b;
        }
        return catalogue.matching(field, value);
    }

    private static String[] fieldValue(String v, String rule) {
        int colon = v.indexOf(':');
        if (colon <= 0 || colon == v.length() - 1) {
            throw new IllegalArgumentException(rule + "=" + v + ": expected field:value with field one of " + FIELDS);
        }
        String field = v.substring(0, colon).strip();
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException(rule + "=" + v + ": unknown field '" + field + "', expected one of "
                + FIELDS);
        }
        return new String[] {field, v.substring(colon + 1).strip()};
    }

    private static void add(Map<String, List<String>> m, String[] fv) {
        m.computeIfAbsent(fv[0], k -> new ArrayList<>()).add(fv[1]);
    }

    private static Boost boost(String v) {
        int last = v.lastIndexOf(':');
        if (last <= 0) {
            throw new IllegalArgumentException("boost=" + v + ": expected field:value:factor, e.g. brand:Aurora:1.5");
        }
        String[] fv = fieldValue(v.substring(0, last), "boost");
        double factor = number("boost factor", v.substring(last + 1));
        if (!(factor > 0)) {
            throw new IllegalArgumentException("boost=" + v + ": the factor must be > 0 (use exclude to remove items)");
        }
        return new Boost(fv[0], fv[1], factor);
    }

    private static double number(String name, String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + ": expected a number");
        }
    }

    private static boolean bool(String name, String v) {
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + "=" + v + ": expected true or false");
        };
    }
}
