package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import java.time.DayOfWeek;
import java.util.Locale;

/** {@code preferred_weekday}: the weekday (shop zone) with most of the customer's events, e.g. {@code saturday}. */
final class PreferredWeekday implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("preferred_weekday",
            "weekday (shop time zone) with most events, lower-case English", "string", AttributeDefinition.Refresh.ON_EVENT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        int d = PreferredHour.argmax(p.weekdayCounts());
        return d < 0 ? null : DayOfWeek.of(d + 1).name().toLowerCase(Locale.ROOT);
    }
}
