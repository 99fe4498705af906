package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;

/** {@code preferred_hour}: the hour of day (0–23, shop zone) with most of the customer's events; earliest on ties. */
final class PreferredHour implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("preferred_hour",
            "hour of day (0-23, shop time zone) with most events", "integer", AttributeDefinition.Refresh.ON_EVENT);

    static int argmax(int[] counts) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        int h = argmax(p.hourCounts());
        return h < 0 ? null : h;
    }
}
