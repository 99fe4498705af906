package io.marketpilot.features.consent;

import java.util.Locale;
import java.util.Optional;

/** A consent statement's outcome. Revoked = granted earlier, withdrawn since (kept apart from never-granted). */
public enum ConsentStatus {
    GRANTED, DENIED, REVOKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConsentStatus> fromWire(Object value) {
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "granted", "grant", "true", "yes", "opt_in" -> Optional.of(GRANTED);
            case "denied", "deny", "false", "no" -> Optional.of(DENIED);
            case "revoked", "revoke", "withdrawn", "opt_out" -> Optional.of(REVOKED);
            default -> Optional.empty();
        };
    }

    /** How restrictive, for breaking ties between statements with the same timestamp: the stricter one wins. */
    int strictness() {
        return switch (this) {
            case GRANTED -> 0;
            case DENIED -> 1;
            case REVOKED -> 2;
        };
    }
}
