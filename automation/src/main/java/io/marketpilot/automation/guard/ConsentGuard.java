package io.marketpilot.automation.guard;

import java.time.Instant;
import java.util.Objects;

/** No consent, no send: blocks every send the customer did not agree to, whatever its purpose. */
public final class ConsentGuard implements SendGuard {
    private final ConsentLookup consent;

    public ConsentGuard(ConsentLookup consent) {
        this.consent = Objects.requireNonNull(consent, "consent");
    }

    @Override
    public String name() {
        return "consent";
    }

    @Override
    public GuardResult check(SendAttempt a, Instant now) {
        return consent.permits(a.customer(), a.topic(), a.purpose()) ? GuardResult.ALLOWED
                : new GuardResult.Blocked("no " + a.topic().name().toLowerCase(java.util.Locale.ROOT)
                        + " consent for " + a.purpose().name().toLowerCase(java.util.Locale.ROOT) + " messages");
    }
}
