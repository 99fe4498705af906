package io.marketpilot.core.customer;

import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A known customer: free-form {@code traits} (name, e-mail, city, tier …), {@link Consent}, and when the
 * record was last written. {@code extra} keeps unknown top-level fields.
 */
public record Customer(UserId id, Map<String, Object> traits, Consent consent, Instant updatedAt,
                       Map<String, Object> extra) {
    public Customer {
        Objects.requireNonNull(id, "id");
        traits = traits == null ? Map.of() : traits;
        consent = consent == null ? Consent.DEFAULT : consent;
        extra = extra == null ? Map.of() : extra;
    }
}
