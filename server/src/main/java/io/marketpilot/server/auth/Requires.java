package io.marketpilot.server.auth;

import io.javalin.security.RouteRole;
import io.marketpilot.core.access.Role;
import java.util.Objects;

/** The role a route needs, attached to the route when it is registered. */
public record Requires(Role role) implements RouteRole {
    public Requires {
        Objects.requireNonNull(role, "role");
    }
}
