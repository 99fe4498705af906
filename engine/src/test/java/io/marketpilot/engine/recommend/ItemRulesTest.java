package io.marketpilot.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.recommend.data.IdDictionary;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemRulesTest {
    private static Item item(String id, List<String> category, String brand, String price, Integer stock) {
        return new Item(new ItemId(id), id, Map.of(), null, category, brand, new BigDecimal(price), "CNY", stock,
            List.of("t-" + brand.toLowerCase()), Map.of(), true, null, Map.of());
    }

    private static final List<Item> ITEMS = List.of(
        item("a", List.of("Electronics", "Phones"), "Aurora", "1999", 5),
        item("b", List.of("Electronics", "Phones"), "Zen", "999", 0),
        item("c", List.of("Electronics", "Monitors"), "Aurora", "2999", 3),
        item("d", List.of("Grocery", "Tea"), "Leaf", "39", 100));

    private static CatalogueView catalogue() {
        Map<String, Item> byId = new HashMap<>();
        ITEMS.forEach(i -> byId.put(i.id().value(), i));
        return CatalogueView.of(IdDictionary.of(List.of("a", "b", "c", "d", "unknown")), byId);
    }

    private static List<String> allowed(List<Map.Entry<String, String>> rules) {
        CatalogueView c = catalogue();
        BitSet all = new BitSet();
        all.set(0, c.size());
        BitSet ok = ItemRules.parse(rules).eligible(c, all);
        return ok.stream().mapToObj(i -> c.dictionary().id(i)).toList();
    }

    @Test
    void include_exclude_price_and_stock_combine() {
        assertThat(allowed(List.of(Map.entry("include", "category:phones")))).containsExactly("a", "b");
        assertThat(allowed(List.of(Map.entry("include", "category:Phones"), Map.entry("include", "category:Tea"))))
            .containsExactly("a", "b", "d");
        assertThat(allowed(List.of(Map.entry("include", "category:Electronics"), Map.entry("include", "brand:Aurora"))))
            .containsExactly("a", "c");
        assertThat(allowed(List.of(Map.entry("exclude", "brand:aurora")))).containsExactly("b", "d", "unknown");
        assertThat(allowed(List.of(Map.entry("max_price", "1000")))).containsExactly("b", "d");
        assertThat(allowed(List.of(Map.entry("in_stock", "true")))).containsExactly("a", "c", "d");
        assertThat(allowed(List.of(Map.entry("include", "tag:t-leaf")))).containsExactly("d");
    }

    @Test
    void boosts_multiply_and_sellable_excludes_stock_outs_and_unknown_items() {
        CatalogueView c = catalogue();
        float[] f = ItemRules.parse(List.of(Map.entry("boost", "brand:Aurora:1.5"), Map.entry("boost", "item:a:2")))
            .boostFactors(c);
        assertThat(f).containsExactly(3f, 1f, 1.5f, 1f, 1f);
        assertThat(c.sellable().stream().mapToObj(i -> c.dictionary().id(i)).toList()).containsExactly("a", "c", "d");
    }

    @Test
    void every_bad_rule_is_reported_with_what_was_expected() {
        assertThatThrownBy(() -> ItemRules.parse(List.of(Map.entry("include", "colour:red"),
            Map.entry("boost", "brand:Aurora:-1"), Map.entry("max_price", "cheap"), Map.entry("limit", "3"))))
            .hasMessageContaining("unknown field 'colour'")
            .hasMessageContaining("factor must be > 0")
            .hasMessageContaining("max_price=cheap: expected a number")
            .hasMessageContaining("unknown rule 'limit'");
    }
}
