package io.marketpilot.server.auth;

import io.marketpilot.core.access.Role;

/** The authenticated caller: the key's id (safe to log), its name and role. */
public record Principal(String keyId, String name, Role role) {
    static final Principal ADMIN_KEY = new Principal("configured-admin-key", "admin key from configuration", Role.ADMIN);
}
