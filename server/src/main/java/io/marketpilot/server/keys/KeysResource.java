package io.marketpilot.server.keys;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.validation.RawRecord;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code POST /v1/keys}, {@code GET /v1/keys}, {@code DELETE /v1/keys/{id}}. */
public final class KeysResource {
    private static final int MAX_NAME = 100;
    private static final PathParam ID = new PathParam("id", "the key's id (not its secret)");
    private static final String[] ROLES = {"read", "ingest", "admin"};

    static final Schema NEW_KEY_REQUEST = Schema.named("NewKeyRequest", object(
            "A key to create.", required("name", "role"),
            "name", string("who or what uses the key, at most " + MAX_NAME + " characters"),
            "role", oneOf("admin > ingest > read; each includes the rights of the ones after it", ROLES)));

    static final Schema KEY = Schema.named("ApiKey", object(
            "A stored key. Its secret is never shown again after creation.", required("id", "name", "role", "created_at"),
            "id", string("identifies the key (to revoke it); not a secret"),
            "name", string("who or what uses the key"),
            "role", oneOf("the key's role", ROLES),
            "created_at", dateTime("when the key was created")));

    static final Schema NEW_KEY = Schema.named("NewApiKey", object(
            "A created key with its secret, shown only in this answer.", required("id", "name", "role", "created_at", "secret"),
            "id", string("identifies the key"),
            "name", string("who or what uses the key"),
            "role", oneOf("the key's role", ROLES),
            "created_at", dateTime("when the key was created"),
            "secret", string("send as 'Authorization: Bearer <secret>' or 'X-API-Key: <secret>'; store it now")));

    static final Schema KEY_LIST = Schema.named("ApiKeyList", object(
            "All keys (revoked keys are gone).", required("keys"), "keys", array(ref(KEY), "the keys")), KEY);

    private final Engine engine;
    private final JsonBody body;

    public KeysResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/v1/keys").requires(Role.ADMIN)
                        .summary("createKey", "keys", "Create an API key")
                        .jsonBody(NEW_KEY_REQUEST, "the key's name and role")
                        .returns(201, NEW_KEY, "the key with its secret, shown this once")
                        .handle(this::create),
                Route.get("/v1/keys").requires(Role.ADMIN)
                        .summary("listKeys", "keys", "List API keys")
                        .returns(200, KEY_LIST, "the keys, without secrets")
                        .handle(this::list),
                Route.delete("/v1/keys/{id}").requires(Role.ADMIN)
                        .summary("revokeKey", "keys", "Revoke an API key")
                        .path(ID).mayNotFind()
                        .returnsNothing(204, "revoked; the key no longer authenticates")
                        .handle(this::revoke));
    }

    private void create(Context ctx) throws IOException {
        RawRecord r = new RawRecord(body.readObject(ctx));
        Optional<String> name = r.requiredString("name");
        if (name.isPresent() && name.get().length() > MAX_NAME) {
            r.error("name", "at most " + MAX_NAME + " characters", name.get());
        }
        Optional<Role> role = r.requiredString("role").flatMap(s -> {
            Optional<Role> parsed = Role.fromWire(s);
            if (parsed.isEmpty()) {
                r.error("role", "one of read, ingest, admin", s);
            }
            return parsed;
        });
        if (r.hasErrors()) {
            throw ProblemException.invalid("the key request is invalid", r.errors().stream()
                    .map(e -> FieldProblem.of(e, "")).toArray(FieldProblem[]::new));
        }
        ApiKeyStore.NewApiKey created = engine.apiKeys().create(name.get(), role.get());
        Map<String, Object> out = toWire(created.key());
        out.put("secret", created.secret());
        ctx.header("Location", "/v1/keys/" + created.key().id());
        ctx.status(201).json(out);
    }

    private void list(Context ctx) {
        ctx.json(Map.of("keys", engine.apiKeys().list().stream().map(KeysResource::toWire).toList()));
    }

    private void revoke(Context ctx) {
        String id = ctx.pathParam(ID.name());
        if (!engine.apiKeys().revoke(id)) {
            throw ProblemException.notFound("no API key with id '" + id + "'");
        }
        ctx.status(204);
    }

    private static Map<String, Object> toWire(ApiKey key) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", key.id());
        out.put("name", key.name());
        out.put("role", key.role().wireName());
        out.put("created_at", key.createdAt() == null ? null : key.createdAt().toString());
        return out;
    }
}
