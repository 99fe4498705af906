package io.marketpilot.server.customers;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.bool;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.server.route.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Customer} in wire form, and the schema of that form. */
final class CustomerWire {
    private CustomerWire() {}

    static final Schema CONSENT = Schema.named("Consent", object(
            "What the customer agreed to. Channels default to false (opt-in); personalization defaults to true.",
            required(),
            "email", bool("marketing e-mail"),
            "sms", bool("marketing SMS"),
            "push", bool("push notifications"),
            "personalization", bool("recommendations based on the customer's behaviour")));

    static final Schema CUSTOMER = Schema.named("Customer", object(
            "A known customer. Unknown members are kept and echoed back.", required("user_id"),
            "user_id", string("the shop's customer id"),
            "traits", anyObject("free traits: name, email, city, tier …"),
            "consent", ref(CONSENT),
            "updated_at", dateTime("when the record was last written (set by the server; responses only)")), CONSENT);

    static Map<String, Object> toWire(Customer c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user_id", c.id().value());
        out.put("traits", c.traits());
        Consent consent = c.consent();
        Map<String, Object> consentWire = new LinkedHashMap<>();
        consentWire.put("email", consent.email());
        consentWire.put("sms", consent.sms());
        consentWire.put("push", consent.push());
        consentWire.put("personalization", consent.personalization());
        out.put("consent", consentWire);
        if (c.updatedAt() != null) {
            out.put("updated_at", c.updatedAt().toString());
        }
        c.extra().forEach(out::putIfAbsent);
        return out;
    }
}
