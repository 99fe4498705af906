package io.marketpilot.nlp.copy;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.nlp.fixture.Items;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyGeneratorTest {
    private static final Set<String> BRANDS = Set.of("华为", "Nike", "Apple");
    private final CopyGenerator generator = new CopyGenerator(Optional.empty(), () -> BRANDS);
    private final List<AspectMention> aspects = List.of(new AspectMention("quality", Polarity.POSITIVE, 40),
            new AspectMention("logistics", Polarity.POSITIVE, 12), new AspectMention("price", Polarity.NEGATIVE, 30));

    @Test
    void chineseDescriptionStatesTheItemsFactsAndPraisedAspects() {
        CopyResult r = generator.generate(new CopyRequest(Items.phone(), aspects, "zh", CopyKind.DESCRIPTION, 3, 7));
        assertThat(r.variants()).hasSize(3).extracting(CopyVariant::label).containsExactly("A", "B", "C");
        CopyVariant a = r.variants().get(0);
        assertThat(a.body()).contains("5999.00 CNY", "做工扎实", "发货快", "黑色").doesNotContain("性价比");
        assertThat(a.facts()).contains("price", "attribute:color", "aspect:quality");
        assertThat(r.variants()).extracting(CopyVariant::body).doesNotHaveDuplicates();
    }

    @Test
    void englishAdAndEmailUseTheEnglishTitle() {
        CopyResult ad = generator.generate(new CopyRequest(Items.phone(), aspects, "en", CopyKind.AD, 2, 1));
        assertThat(ad.variants().get(0).text()).contains("Huawei Mate 60 Phone", "Customers love its solid quality and fast delivery")
                .containsAnyOf("Shop now!", "Take a look today.", "Find out more.");
        CopyResult mail = generator.generate(new CopyRequest(Items.phone(), List.of(), "en", CopyKind.EMAIL, 2, 1));
        assertThat(mail.variants().get(0).body()).startsWith("Hi there,");
    }

    @Test
    void anItemWithoutFactsGetsCopyWithoutThem() {
        CopyResult r = generator.generate(new CopyRequest(Items.bare(), List.of(), "en", CopyKind.AD, 3, 3));
        for (CopyVariant v : r.variants()) {
            assertThat(v.text()).doesNotContainPattern("\\d").doesNotContain("$", "brand", "By ", "From ", "Details")
                    .contains("Plain mug");
        }
        CopyResult outOfStock = generator.generate(new CopyRequest(Items.shoe(), List.of(), "en", CopyKind.AD, 2, 3));
        assertThat(outOfStock.variants()).allSatisfy(v -> assertThat(v.text()).doesNotContainIgnoringCase("in stock"));
    }

    @Test
    void numbersCompareWhateverTheirScale() {
        var item = new io.marketpilot.core.catalog.Item(io.marketpilot.core.id.ItemId.of("x"), "Mug", java.util.Map.of(),
                null, List.of(), null, new java.math.BigDecimal("20.00"), "CNY", 10, List.of(), java.util.Map.of(), true,
                null, java.util.Map.of());
        assertThat(new FactGuard(item, BRANDS).violations("Mug, now 20 CNY, only 10 left in stock (10.0)")).isEmpty();
    }

    @Test
    void theGuardCatchesInventedFacts() {
        FactGuard guard = new FactGuard(Items.phone(), BRANDS);
        assertThat(guard.violations("华为 Mate 60，黑色，256GB，仅 5999 元")).isEmpty();
        assertThat(guard.violations("Waterproof and only 4999 CNY, better than Apple")).hasSize(3);
        assertThat(new FactGuard(Items.bare(), BRANDS).violations("Plain mug, now ¥20, 包邮, in stock")).hasSize(3);
        assertThat(new FactGuard(Items.shoe(), BRANDS).violations("Nike shoe, in stock")).singleElement().asString()
                .contains("not sellable");
    }
}
