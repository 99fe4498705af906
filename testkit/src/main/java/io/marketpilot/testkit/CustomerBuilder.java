package io.marketpilot.testkit;

import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds {@link Customer}s for tests: {@code CustomerBuilder.customer("u1").trait("city", "Lyon").build()}.
 * Defaults: no traits, {@link Consent#DEFAULT}, updated at {@link EventBuilder#T0}, no extra fields.
 */
public final class CustomerBuilder {
    private final String id;
    private final Map<String, Object> traits = new LinkedHashMap<>();
    private Consent consent = Consent.DEFAULT;
    private Instant updatedAt = EventBuilder.T0;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private CustomerBuilder(String id) {
        this.id = id;
    }

    public static CustomerBuilder customer(String id) {
        return new CustomerBuilder(id);
    }

    public CustomerBuilder trait(String key, Object value) {
        traits.put(key, value);
        return this;
    }

    public CustomerBuilder consent(Consent value) {
        this.consent = value;
        return this;
    }

    public CustomerBuilder emailConsent(boolean value) {
        this.consent = new Consent(value, consent.sms(), consent.push(), consent.personalization());
        return this;
    }

    public CustomerBuilder updatedAt(Instant value) {
        this.updatedAt = value;
        return this;
    }

    public CustomerBuilder withExtra(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public Customer build() {
        return new Customer(new UserId(id), ItemBuilder.frozen(traits), consent, updatedAt, ItemBuilder.frozen(extra));
    }
}
