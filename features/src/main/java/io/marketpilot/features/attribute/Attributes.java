package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one registry of computed attributes: add an attribute here and it appears in every profile and condition. */
public final class Attributes {
    private static final List<ComputedAttribute> ALL = List.of(new DaysSinceLastOrder(), new OrderCount(),
            new NetRevenue(), new RfmScore(), new RfmSegment(), new ProbabilityAlive(),
            new ChurnRisk(), new ExpectedPurchases(), new PredictedClv(), new AverageOrderValue(),
            new CategoryAffinity(), new BrandAffinity(), new PriceSensitivity(), new PreferredHour(),
            new PreferredWeekday());

    private Attributes() {}

    public static List<AttributeDefinition> definitions() {
        return ALL.stream().map(ComputedAttribute::definition).toList();
    }

    /** Every attribute's value for this profile (undefined ones are left out), in registry order. */
    public static Map<String, Object> evaluate(Profile profile, AttributeContext context) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ComputedAttribute a : ALL) {
            Object v = a.value(profile, context);
            if (v != null) {
                out.put(a.definition().name(), v);
            }
        }
        return out;
    }

    /** One attribute's value; empty when the name is unknown or the value undefined for this profile. */
    public static Optional<Object> evaluate(String name, Profile profile, AttributeContext context) {
        return ALL.stream().filter(a -> a.definition().name().equals(name)).findFirst()
                .map(a -> a.value(profile, context));
    }
}
