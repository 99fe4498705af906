package io.marketpilot.core.customer;

import io.marketpilot.core.id.UserId;
import io.marketpilot.core.validation.RawRecord;
import io.marketpilot.core.validation.Validation;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one wire record of {@code PUT /v1/customers} or a customer import into a {@link Customer}. */
public final class CustomerParser {
    private static final Set<String> CONSENT_FIELDS = Set.of("email", "sms", "push", "personalization");

    private final Clock clock;

    public CustomerParser(Clock clock) {
        this.clock = clock;
    }

    public Validation<Customer> parse(Map<String, Object> raw) {
        RawRecord r = new RawRecord(raw);
        Optional<UserId> id = r.requiredId("user_id", UserId::new);
        Map<String, Object> traits = r.object("traits");
        Consent consent = consent(r);
        Map<String, Object> extra = r.unread();
        if (r.hasErrors()) {
            return Validation.invalid(r.errors());
        }
        return Validation.valid(new Customer(id.get(), traits, consent, clock.instant(), extra));
    }

    private static Consent consent(RawRecord r) {
        Map<String, Object> raw = r.object("consent");
        for (String key : raw.keySet()) {
            if (!CONSENT_FIELDS.contains(key)) {
                r.error("consent." + key, "one of " + String.join(", ", CONSENT_FIELDS.stream().sorted().toList()), key);
            }
        }
        RawRecord c = new RawRecord(raw);
        Consent d = Consent.DEFAULT;
        Consent consent = new Consent(c.bool("email").orElse(d.email()), c.bool("sms").orElse(d.sms()),
                c.bool("push").orElse(d.push()), c.bool("personalization").orElse(d.personalization()));
        r.nested("consent", c.errors());
        return consent;
    }
}
