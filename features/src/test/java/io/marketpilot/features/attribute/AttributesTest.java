package io.marketpilot.features.attribute;

import static io.marketpilot.features.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.EventType;
import io.marketpilot.features.TestEvents;
import io.marketpilot.features.profile.ItemFacts;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.ProfileConfig;
import io.marketpilot.features.profile.ProfileReducer;
import io.marketpilot.features.profile.Vocabulary;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributesTest {
    private final Vocabulary vocabulary = Vocabulary.create();
    private final ProfileReducer reducer = new ProfileReducer(ProfileConfig.DEFAULT, vocabulary,
            item -> Optional.of(new ItemFacts.Facts(item.value().startsWith("p") ? "phones" : "books",
                    item.value().startsWith("p") ? "acme" : "penguin")));
    private final Clock now = Clock.fixed(TestEvents.T0.plusSeconds(86_400L * 400), ZoneOffset.UTC);

    /** 300 seeded buyers: purchase days spread over 400 days at individual rates, some who stop. */
    private List<Profile> shop() {
        Random r = new Random(5);
        List<Profile> out = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            Profile p = Profile.empty("c" + c);
            double rate = 0.005 + r.nextDouble() * 0.08;
            int stop = r.nextInt(4) == 0 ? r.nextInt(400) : 400;
            int n = 0;
            for (int day = r.nextInt(200); day < stop; day += 1 + (int) (-Math.log(1 - r.nextDouble()) / rate)) {
                String item = (r.nextBoolean() ? "p" : "b") + r.nextInt(20);
                p = reducer.apply(p, event("c" + c + "-v" + n).user("c" + c).item(item).days(day).build());
                p = reducer.apply(p, event("c" + c + "-p" + n++).user("c" + c).type(EventType.PURCHASE).item(item)
                        .price(5 + r.nextInt(60) + ".00").days(day).properties(r.nextInt(3) == 0 ? Map.of("discount", 2) : Map.of())
                        .build());
            }
            out.add(p);
        }
        return out;
    }

    @Test
    void everyAttributeIsDefinedForABuyerOnceTheShopIsFitted() {
        List<Profile> profiles = shop();
        ShopFit fit = new ShopFitter(now, ZoneOffset.UTC, ShopFit.ClvSettings.DEFAULT, "test").fit(profiles);
        assertThat(fit.bgNbd()).isPresent();
        assertThat(fit.gammaGamma()).isPresent();
        var ctx = new AttributeContext(now.instant(), vocabulary, ProfileConfig.DEFAULT, fit);
        Profile regular = profiles.stream().max(java.util.Comparator.comparingInt(Profile::orders)).orElseThrow();
        Map<String, Object> values = Attributes.evaluate(regular, ctx);
        assertThat(values.keySet()).containsExactlyElementsOf(Attributes.definitions().stream().map(AttributeDefinition::name).toList());
        assertThat((double) values.get("p_alive")).isBetween(0.0, 1.0);
        assertThat((double) values.get("churn_risk")).isCloseTo(1 - (double) values.get("p_alive"), org.assertj.core.data.Offset.offset(1e-3));
        assertThat((double) values.get("predicted_clv")).isPositive();
        assertThat(((Map<?, ?>) values.get("category_affinity")).keySet()).map(String::valueOf).containsExactlyInAnyOrder("phones", "books");
        assertThat(values.get("preferred_hour")).isEqualTo(10);
        var segments = new HashSet<>();
        profiles.forEach(p -> segments.add(Attributes.evaluate("rfm_segment", p, ctx).orElse(null)));
        assertThat(segments).contains("champions", "lost", "loyal");
    }

    @Test
    void higherRecentActivityMeansHigherPAliveAndClv() {
        List<Profile> profiles = shop();
        ShopFit fit = new ShopFitter(now, ZoneOffset.UTC, ShopFit.ClvSettings.DEFAULT, "test").fit(profiles);
        var ctx = new AttributeContext(now.instant(), vocabulary, ProfileConfig.DEFAULT, fit);
        Profile lapsed = Profile.empty("x");
        Profile active = Profile.empty("y");
        for (int i = 0; i < 6; i++) {
            lapsed = reducer.apply(lapsed, event("l" + i).user("x").type(EventType.PURCHASE).item("p1").price("20").days(10 + i * 10).build());
            active = reducer.apply(active, event("a" + i).user("y").type(EventType.PURCHASE).item("p1").price("20").days(340 + i * 10).build());
        }
        assertThat((double) Attributes.evaluate("p_alive", active, ctx).orElseThrow())
                .isGreaterThan((double) Attributes.evaluate("p_alive", lapsed, ctx).orElseThrow());
        assertThat((double) Attributes.evaluate("predicted_clv", active, ctx).orElseThrow())
                .isGreaterThan((double) Attributes.evaluate("predicted_clv", lapsed, ctx).orElseThrow());
        assertThat(Attributes.evaluate("rfm_segment", lapsed, ctx).orElseThrow())
                .isIn("cant_lose", "at_risk", "hibernating", "lost");
        assertThat(((Map<?, ?>) Attributes.evaluate("rfm", active, ctx).orElseThrow()).get("r")).isIn(4, 5);
    }

    @Test
    void aVisitorWithoutPurchasesHasOnlyBehaviourAttributes() {
        Profile p = reducer.apply(Profile.empty("v"), event("v1").item("p1").build());
        var ctx = new AttributeContext(now.instant(), vocabulary, ProfileConfig.DEFAULT, ShopFit.none(now.instant()));
        assertThat(Attributes.evaluate(p, ctx)).containsOnlyKeys("orders", "category_affinity", "brand_affinity",
                "preferred_hour", "preferred_weekday");
        assertThat(Attributes.evaluate("orders", p, ctx)).contains(0); // "never bought" is a condition marketers use
    }
}
