package io.marketpilot.nlp.copy;

import io.marketpilot.core.catalog.Item;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a text states nothing about an item that the item's data does not say. Conservative: a true claim
 * phrased differently from the data is rejected too (the template fallback is always safe). Rules:
 * <ul>
 *   <li>every number in the text is a number of the item's data (price, stock when sellable, title, attributes …);</li>
 *   <li>no currency unless the item has a price; no "in stock" unless it is sellable; no brand word unless it has
 *       a brand, and no other shop brand at all;</li>
 *   <li>no attribute claim from {@link ClaimLexicon} (colours, materials, features, shipping/discount promises)
 *       unless the item's data contains the same word.</li>
 * </ul>
 */
public final class FactGuard {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final List<String> CURRENCY = List.of("¥", "$", "€", "£", "元", "cny", "usd", "eur", "rmb", "gbp");
    private static final List<String> STOCK = List.of("in stock", "有货", "现货", "库存", "available now", "left in stock");
    private static final List<String> BRAND_WORDS = List.of("brand", "品牌", "出品");

    private final Item item;
    private final String facts;
    private final Set<String> numbers = new HashSet<>(); // canonical: stripped, plain ("10", "5999", "1.5")
    private final Set<String> otherBrands;

    /** @param shopBrands every brand of the shop's catalogue (other brands must not appear in this item's copy) */
    public FactGuard(Item item, Set<String> shopBrands) {
        this.item = item;
        this.facts = factText(item);
        collectNumbers(facts, numbers);
        if (item.price() != null) {
            numbers.add(canonical(item.price()));
        }
        if (item.stock() != null && item.sellable()) {
            numbers.add(canonical(BigDecimal.valueOf(item.stock())));
        }
        Set<String> others = new HashSet<>();
        for (String b : shopBrands) {
            if (b != null && b.strip().length() >= 2 && (item.brand() == null || !b.strip().equalsIgnoreCase(item.brand().strip()))
                    && !facts.contains(lower(b.strip()))) {
                others.add(lower(b.strip()));
            }
        }
        this.otherBrands = others;
    }

    /** What the text claims without support; empty when it is safe to use. */
    public List<String> violations(String text) {
        String t = lower(text == null ? "" : text);
        List<String> out = new ArrayList<>();
        Set<String> stated = new HashSet<>();
        collectNumbers(t, stated);
        for (String n : stated) {
            if (!numbers.contains(n)) {
                out.add("states the number " + n + ", which the item's data does not contain");
            }
        }
        if (item.price() == null) {
            CURRENCY.stream().filter(t::contains).findFirst()
                    .ifPresent(c -> out.add("mentions a price ('" + c + "') but the item has none"));
        }
        if (!item.sellable()) {
            STOCK.stream().filter(t::contains).findFirst()
                    .ifPresent(s -> out.add("claims availability ('" + s + "') but the item is not sellable"));
        }
        if (item.brand() == null) {
            BRAND_WORDS.stream().filter(t::contains).findFirst()
                    .ifPresent(b -> out.add("mentions a brand ('" + b + "') but the item has none"));
        }
        otherBrands.stream().filter(b -> ClaimLexicon.mentions(t, b)).sorted()
                .forEach(b -> out.add("mentions the brand '" + b + "', which is not this item's"));
        for (String claim : ClaimLexicon.CLAIMS) {
            if (ClaimLexicon.mentions(t, claim) && !ClaimLexicon.mentions(facts, claim)) {
                out.add("claims '" + claim + "', which the item's data does not say");
            }
        }
        return out;
    }

    private static String factText(Item item) {
        StringBuilder b = new StringBuilder();
        b.append(item.title()).append(' ');
        item.titles().values().forEach(t -> b.append(t).append(' '));
        if (item.description() != null) {
            b.append(item.description()).append(' ');
        }
        item.category().forEach(c -> b.append(c).append(' '));
        item.tags().forEach(t -> b.append(t).append(' '));
        if (item.brand() != null) {
            b.append(item.brand()).append(' ');
        }
        if (item.currency() != null) {
            b.append(item.currency()).append(' ');
        }
        item.attributes().forEach((k, v) -> b.append(k).append(' ').append(v).append(' '));
        return lower(b.toString());
    }

    /** Equal numbers compare equal whatever their scale: 10, 10.0 and 1E+1 are all "10". */
    private static String canonical(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static void collectNumbers(String s, Set<String> into) {
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String n = m.group().replace(",", "");
            try {
                into.add(canonical(new BigDecimal(n)));
            } catch (NumberFormatException e) {
                // "1.2.3" is no number; its parts are checked as digits anyway
                for (String part : n.split("\\.")) {
                    if (!part.isEmpty()) {
                        into.add(canonical(new BigDecimal(part)));
                    }
                }
            }
        }
    }

    static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
