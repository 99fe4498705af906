package io.marketpilot.server.keys;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST, GET and DELETE /v1/keys. */
class KeysIT {
    @TempDir
    Path dir;
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_created_key_shows_its_secret_once_works_and_can_be_revoked() {
        Reply created = api.send("POST", "/v1/keys", ADMIN_KEY, JSON, "{\"name\": \"dashboard\", \"role\": \"read\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode key = created.json();
        String id = key.get("id").asText();
        String secret = key.get("secret").asText();
        assertThat(key.get("name").asText()).isEqualTo("dashboard");
        assertThat(key.get("role").asText()).isEqualTo("read");
        assertThat(key.get("created_at").asText()).isEqualTo(TestServer.NOW.toString());
        assertThat(created.header("Location")).isEqualTo("/v1/keys/" + id);
        assertThat(api.get("/v1/stats", secret).status()).isEqualTo(200);

        Reply list = api.get("/v1/keys", ADMIN_KEY);
        assertThat(list.json().get("keys")).anySatisfy(k -> assertThat(k.get("id").asText()).isEqualTo(id));
        assertThat(list.body()).doesNotContain(secret).doesNotContain("secret");

        assertThat(api.send("DELETE", "/v1/keys/" + id, ADMIN_KEY, null, null).status()).isEqualTo(204);
        assertThat(api.get("/v1/stats", secret).status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/v1/keys/" + id, ADMIN_KEY, null, null).status()).isEqualTo(404);
    }

    @Test
    void an_invalid_key_request_names_every_bad_field() {
        Reply r = api.send("POST", "/v1/keys", ADMIN_KEY, JSON, "{\"name\": \"\", \"role\": \"owner\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("/name", "/role");
    }

    @Test
    void a_key_request_must_be_a_json_object() {
        assertThat(api.send("POST", "/v1/keys", ADMIN_KEY, "text/plain", "name=x").status()).isEqualTo(415);
        assertThat(api.send("POST", "/v1/keys", ADMIN_KEY, JSON, "[]").status()).isEqualTo(400);
        Reply malformed = api.send("POST", "/v1/keys", ADMIN_KEY, JSON, "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asText()).isEqualTo("urn:marketpilot:problem:malformed-json");
    }
}
