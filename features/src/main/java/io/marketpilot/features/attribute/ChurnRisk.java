package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;

/** {@code churn_risk}: 1 − {@code p_alive}, the BG/NBD probability that the buyer has already dropped out. */
final class ChurnRisk implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("churn_risk",
            "1 - p_alive: probability that the buyer has dropped out", "number 0-1", AttributeDefinition.Refresh.ON_REFIT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        Double alive = ProbabilityAlive.of(p, c);
        return alive == null ? null : Rounding.round(1 - alive, 4);
    }
}
