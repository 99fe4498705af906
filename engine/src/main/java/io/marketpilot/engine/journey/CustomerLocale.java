package io.marketpilot.engine.journey;

import io.marketpilot.core.id.UserId;

/** A customer's locale: their {@code locale} trait (e.g. "zh-CN", "en"), or null when unknown (English). */
final class CustomerLocale {
    static final String TRAIT = "locale";

    private CustomerLocale() {
    }

    static String of(JourneyPorts ports, String user) {
        return ports.customer().apply(UserId.of(user)).map(c -> c.traits().get(TRAIT))
                .filter(String.class::isInstance).map(String.class::cast).filter(s -> !s.isBlank()).orElse(null);
    }
}
