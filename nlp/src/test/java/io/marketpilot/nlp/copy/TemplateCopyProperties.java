package io.marketpilot.nlp.copy;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Template copy never states an attribute the item does not have, whatever the item. */
class TemplateCopyProperties {
    private static final List<String> VALUES = List.of("黑色", "white", "cotton", "纯棉", "waterproof", "防水", "256GB",
            "38-45", "1.5kg", "mesh", "蓝牙", "XL");
    private static final Set<String> BRANDS = Set.of("Acme", "华为", "Nike", "Zeta");

    @Property(tries = 200)
    void everyVariantPassesTheFactCheckAndOmitsMissingFacts(@ForAll("items") Item item, @ForAll("languages") String lang,
                                                             @ForAll("kinds") CopyKind kind, @ForAll long seed) {
        List<AspectMention> aspects = List.of(new AspectMention("quality", Polarity.POSITIVE, 3),
                new AspectMention("taste", Polarity.NEGATIVE, 9));
        CopyResult r = new CopyGenerator(Optional.empty(), () -> BRANDS)
                .generate(new CopyRequest(item, aspects, lang, kind, 4, seed)); // throws if the guard objects
        for (CopyVariant v : r.variants()) {
            String text = FactGuard.lower(v.text());
            assertThat(new FactGuard(item, BRANDS).violations(v.text())).isEmpty();
            if (item.price() == null) {
                assertThat(v.facts()).doesNotContain("price");
                assertThat(text).doesNotContain("cny", "¥", "现价", "到手价", "now ", "yours for");
            }
            if (item.brand() == null) {
                assertThat(v.facts()).doesNotContain("brand");
                assertThat(text).doesNotContain("出品", "来自").doesNotContainPattern("(^|[.!] )(by|from) ");
            }
            if (!item.sellable()) {
                assertThat(text).doesNotContain("in stock", "现货", "库存");
            }
            for (String value : VALUES) {
                if (!item.attributes().containsValue(value) && !item.title().contains(value)) {
                    assertThat(text).doesNotContain(value.toLowerCase());
                }
            }
            assertThat(text).doesNotContain("口感"); // the negative aspect is never praised
        }
    }

    @Provide
    Arbitrary<Item> items() {
        Arbitrary<String> title = Arbitraries.of("Plain mug", "运动鞋", "Desk lamp", "保温杯 500ml", "T-shirt");
        Arbitrary<String> brand = Arbitraries.of("Acme", "华为", "Zeta").injectNull(0.4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("9999"))
                .ofScale(2).injectNull(0.4);
        Arbitrary<Integer> stock = Arbitraries.integers().between(0, 50).injectNull(0.3);
        Arbitrary<Map<String, Object>> attrs = Arbitraries.maps(Arbitraries.of("color", "material", "size", "weight",
                "feature"), Arbitraries.of(VALUES).map(v -> (Object) v)).ofMaxSize(4);
        Arbitrary<List<String>> category = Arbitraries.of(List.<String>of(), List.of("Home", "Kitchen"), List.of("服装"));
        return Combinators.combine(title, brand, price, stock, attrs, category, Arbitraries.of(true, false))
                .as((t, b, p, s, a, c, avail) -> new Item(ItemId.of("i1"), t, Map.of(), null, c, b, p,
                        p == null ? null : "CNY", s, List.of(), new HashMap<>(a), avail, null, Map.of()));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("zh", "en");
    }

    @Provide
    Arbitrary<CopyKind> kinds() {
        return Arbitraries.of(CopyKind.values());
    }
}
