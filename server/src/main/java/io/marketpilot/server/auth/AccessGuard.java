package io.marketpilot.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.access.Role;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The before-matched handler that authenticates the caller and checks the route's role (see package docs). */
public final class AccessGuard implements Handler {
    private static final String PRINCIPAL = "marketpilot.principal";
    private static final String CHALLENGE = "Bearer realm=\"marketpilot\"";

    private final AdminKey adminKey;
    private final Supplier<ApiKeyStore> keys;

    /** {@code adminKey} may be null (then only stored keys authenticate). */
    public AccessGuard(String adminKey, Supplier<ApiKeyStore> keys) {
        this.adminKey = AdminKey.of(adminKey);
        this.keys = keys;
    }

    /** The caller of an authenticated request; empty on public routes. */
    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.<Principal>attribute(PRINCIPAL));
    }

    @Override
    public void handle(Context ctx) {
        Optional<Role> required = required(ctx.routeRoles());
        if (required.isEmpty()) {
            return;
        }
        String secret = secret(ctx);
        Principal caller = authenticate(secret).orElseThrow(() -> unauthorized(
                "the API key is not valid (unknown or revoked)", CHALLENGE + ", error=\"invalid_token\""));
        ctx.attribute(PRINCIPAL, caller);
        Role needed = required.get();
        if (!caller.role().allows(needed)) {
            throw new ProblemException(ProblemType.FORBIDDEN, ctx.method() + " " + ctx.endpoints().matchedHttpEndpoint().path
                    + " needs the '" + needed.wireName() + "' role; the key '" + caller.name() + "' has '"
                    + caller.role().wireName() + "'");
        }
    }

    private Optional<Principal> authenticate(String secret) {
        if (adminKey != null && adminKey.matches(secret)) {
            return Optional.of(Principal.ADMIN_KEY);
        }
        return keys.get().authenticate(secret).map(k -> new Principal(k.id(), k.name(), k.role()));
    }

    private static String secret(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            String[] parts = authorization.strip().split("\\s+", 2);
            if (!parts[0].toLowerCase(Locale.ROOT).equals("bearer") || parts.length < 2) {
                throw unauthorized("the Authorization header must be 'Bearer <key>'", CHALLENGE + ", error=\"invalid_request\"");
            }
            return parts[1].strip();
        }
        String apiKey = ctx.header("X-API-Key");
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.strip();
        }
        throw unauthorized("this route needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'", CHALLENGE);
    }

    private static Optional<Role> required(Set<RouteRole> roles) {
        return roles.stream().filter(Requires.class::isInstance).map(r -> ((Requires) r).role()).findFirst();
    }

    private static ProblemException unauthorized(String detail, String challenge) {
        return new ProblemException(ProblemType.UNAUTHORIZED, detail, List.of(), Map.of("WWW-Authenticate", challenge));
    }
}
