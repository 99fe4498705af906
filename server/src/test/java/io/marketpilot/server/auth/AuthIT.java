package io.marketpilot.server.auth;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.access.Role;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import io.marketpilot.server.http.WireEvents;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may call what: the role matrix of the API. */
class AuthIT {
    @TempDir
    static Path dir;
    private static TestServer api;
    private final String batch = json(WireEvents.views("auth", 2));

    @BeforeAll
    static void start() {
        api = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private Reply ingest(String key) {
        return api.send("POST", "/v1/events", key, JSON, batch);
    }

    @Test
    void no_key_is_401_with_a_bearer_challenge() {
        Reply r = ingest(null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("urn:marketpilot:problem:unauthorized");
    }

    @Test
    void an_unknown_key_is_401() {
        Reply r = ingest("not-a-key");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void a_read_key_may_read_but_not_ingest() {
        String read = api.keyWith(Role.READ);

        Reply post = ingest(read);
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.json().get("detail").asText()).contains("'ingest'").contains("'read'");
        assertThat(api.get("/v1/stats", read).status()).isEqualTo(200);
        assertThat(api.get("/metrics", read).status()).isEqualTo(200);
    }

    @Test
    void an_ingest_key_may_ingest_but_not_manage_keys() {
        String ingest = api.keyWith(Role.INGEST);

        assertThat(ingest(ingest).status()).isEqualTo(200);
        assertThat(api.get("/v1/keys", ingest).status()).isEqualTo(403);
    }

    @Test
    void the_configured_admin_key_and_stored_admin_keys_may_do_everything() {
        String stored = api.keyWith(Role.ADMIN);

        for (String admin : new String[] {ADMIN_KEY, stored}) {
            assertThat(ingest(admin).status()).isEqualTo(200);
            assertThat(api.get("/v1/keys", admin).status()).isEqualTo(200);
            assertThat(api.get("/v1/stats", admin).status()).isEqualTo(200);
        }
    }

    @Test
    void x_api_key_works_like_bearer() {
        String read = api.keyWith(Role.READ);

        Reply r = api.send(api.request("/v1/stats", null).header("X-API-Key", read).GET().build());

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void a_revoked_key_no_longer_authenticates() {
        var created = api.engine.apiKeys().create("temporary", Role.READ);
        assertThat(api.get("/v1/stats", created.secret()).status()).isEqualTo(200);

        api.engine.apiKeys().revoke(created.key().id());

        assertThat(api.get("/v1/stats", created.secret()).status()).isEqualTo(401);
    }

    @Test
    void a_non_bearer_authorization_is_401() {
        Reply r = api.send(api.request("/v1/stats", null).header("Authorization", "Basic dXNlcjpwYXNz").GET().build());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asText()).contains("Bearer");
    }

    @Test
    void health_and_the_openapi_document_are_public() {
        assertThat(api.get("/health", null).status()).isEqualTo(200);
        assertThat(api.get("/health", null).json().get("status").asText()).isEqualTo("ok");
        assertThat(api.get("/openapi.json", null).status()).isEqualTo(200);
        assertThat(api.get("/metrics", null).status()).isEqualTo(401);
    }

    @Test
    void without_a_configured_admin_key_only_stored_keys_authenticate(@TempDir Path other) {
        try (TestServer noAdmin = TestServer.start(other, c -> c.withAdminKey(null))) {
            assertThat(noAdmin.get("/v1/stats", ADMIN_KEY).status()).isEqualTo(401);
            assertThat(noAdmin.get("/v1/stats", noAdmin.keyWith(Role.READ)).status()).isEqualTo(200);
        }
    }
}
