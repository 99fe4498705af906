package io.marketpilot.nlp.entity;

import io.marketpilot.core.catalog.Item;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shop's vocabulary: brands, product titles (every language) and category names from its items, matched
 * case-insensitively (NFKC, lower case) by a character trie, longest match first, without overlaps. Latin terms
 * must stand as whole words ("apple" does not match inside "pineapple"). Immutable; rebuild when the catalogue
 * changes. Terms shorter than two characters are ignored (too ambiguous).
 */
public final class CatalogueDictionary {
    private final Node root = new Node();
    private final int terms;

    private CatalogueDictionary(Map<String, Term> entries) {
        entries.forEach((typedKey, term) -> {
            String key = typedKey.substring(0, typedKey.indexOf('\u0000'));
            Node n = root;
            for (int i = 0; i < key.length(); i++) {
                n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
            }
            n.terms.add(term);
        });
        this.terms = entries.size();
    }

    /** A dictionary of the given items' brands, titles and category names. */
    public static CatalogueDictionary of(Iterable<Item> items) {
        Map<String, Term> entries = new LinkedHashMap<>();
        for (Item item : items) {
            String id = item.id().value();
            add(entries, item.brand(), EntityType.BRAND, id);
            add(entries, item.title(), EntityType.PRODUCT, id);
            item.titles().values().forEach(t -> add(entries, t, EntityType.PRODUCT, id));
            item.category().forEach(c -> add(entries, c, EntityType.CATEGORY, id));
        }
        return new CatalogueDictionary(entries);
    }

    public static CatalogueDictionary empty() {
        return new CatalogueDictionary(Map.of());
    }

    public int size() {
        return terms;
    }

    private static void add(Map<String, Term> entries, String surface, EntityType type, String itemId) {
        if (surface == null) {
            return;
        }
        String key = key(surface.strip());
        if (key.length() < 2) {
            return;
        }
        // a term keyed twice (a brand also used as a category) keeps the first type and gathers the ids
        entries.computeIfAbsent(key + '\u0000' + type, k -> new Term(surface.strip(), type, new LinkedHashSet<>()))
                .itemIds.add(itemId);
    }

    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Catalogue entities in {@code text} (already normalised), left to right. */
    public List<Entity> find(String text) {
        return terms == 0 || text == null ? List.of() : findIn(key(text), text);
    }

    private List<Entity> findIn(String lower, String original) {
        List<Entity> out = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            Node n = root;
            int end = -1;
            List<Term> best = null;
            for (int j = i; j < lower.length(); j++) {
                n = n.next.get(lower.charAt(j));
                if (n == null) {
                    break;
                }
                if (!n.terms.isEmpty() && wordBoundary(lower, i, j + 1)) {
                    end = j + 1;
                    best = n.terms;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            String surface = original.length() == lower.length() ? original.substring(i, end) : lower.substring(i, end);
            for (Term t : best) {
                out.add(new Entity(surface, t.type, i, end, t.canonical, new ArrayList<>(t.itemIds)));
            }
            i = end;
        }
        return out;
    }

    private static boolean wordBoundary(String s, int start, int end) {
        return !(latin(s, start) && start > 0 && latin(s, start - 1)) && !(latin(s, end - 1) && end < s.length()
                && latin(s, end));
    }

    private static boolean latin(String s, int i) {
        char c = s.charAt(i);
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private record Term(String canonical, EntityType type, Set<String> itemIds) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        final List<Term> terms = new ArrayList<>(1);
    }
}
