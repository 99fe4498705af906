package io.marketpilot.store.sqlite;

import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.store.json.JsonCodec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Customer} as a JSON document with the wire field names; {@link #content} leaves out updated_at. */
final class CustomerDocs {
    private CustomerDocs() {}

    static Map<String, Object> toMap(Customer c) {
        Map<String, Object> m = content(c);
        ItemDocs.putIfPresent(m, "updated_at", c.updatedAt() == null ? null : c.updatedAt().toString());
        return m;
    }

    /** What decides whether an upsert changed the customer: everything but the write time. */
    static Map<String, Object> content(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user_id", c.id().value());
        ItemDocs.putIfPresent(m, "traits", c.traits().isEmpty() ? null : c.traits());
        Consent consent = c.consent();
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("email", consent.email());
        flags.put("sms", consent.sms());
        flags.put("push", consent.push());
        flags.put("personalization", consent.personalization());
        m.put("consent", flags);
        ItemDocs.putIfPresent(m, "extra", c.extra().isEmpty() ? null : c.extra());
        return m;
    }

    @SuppressWarnings("unchecked")
    static Customer fromJson(String doc) {
        Map<String, Object> m = JsonCodec.readObject(doc);
        Map<String, Object> flags = (Map<String, Object>) m.get("consent");
        Consent consent = new Consent((Boolean) flags.get("email"), (Boolean) flags.get("sms"),
                (Boolean) flags.get("push"), (Boolean) flags.get("personalization"));
        String updatedAt = (String) m.get("updated_at");
        return new Customer(new UserId((String) m.get("user_id")), (Map<String, Object>) m.get("traits"), consent,
                updatedAt == null ? null : Instant.parse(updatedAt), (Map<String, Object>) m.get("extra"));
    }
}
