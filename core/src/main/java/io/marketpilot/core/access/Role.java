package io.marketpilot.core.access;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do. Each role includes the rights of the roles below it: ADMIN > INGEST > READ. */
public enum Role {
    READ, INGEST, ADMIN;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String s) {
        for (Role r : values()) {
            if (r.wireName().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
