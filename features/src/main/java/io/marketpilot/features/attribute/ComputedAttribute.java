package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;

/** One computed attribute: a definition and a pure function of a profile and the shop context (null = undefined). */
public interface ComputedAttribute {
    AttributeDefinition definition();

    Object value(Profile profile, AttributeContext context);
}
