package io.marketpilot.server.customers;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PUT /v1/customers and GET /v1/customers/{id}. */
class CustomersIT {
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
    void customers_are_upserted_and_read_back_in_wire_names() {
        var alice = Map.of("user_id", "alice", "traits", Map.of("city", "Lyon", "tier", "gold"),
                "consent", Map.of("email", true), "crm_id", "A-17");
        var bad = Map.of("user_id", "bob", "consent", Map.of("fax", true));

        Reply put = api.send("PUT", "/v1/customers", ADMIN_KEY, JSON, json(List.of(alice, bad)));

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("created").asInt()).isEqualTo(1);
        assertThat(put.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(put.json().get("errors").get(0).get("errors").get(0).get("pointer").asText())
                .isEqualTo("/1/consent/fax");

        JsonNode body = api.get("/v1/customers/alice", ADMIN_KEY).json();
        assertThat(body.get("user_id").asText()).isEqualTo("alice");
        assertThat(body.get("traits").get("city").asText()).isEqualTo("Lyon");
        assertThat(body.get("consent").get("email").asBoolean()).isTrue();
        assertThat(body.get("consent").get("sms").asBoolean()).isFalse();
        assertThat(body.get("consent").get("personalization").asBoolean()).isTrue();
        assertThat(body.get("updated_at").asText()).isEqualTo(TestServer.NOW.toString());
        assertThat(body.get("crm_id").asText()).isEqualTo("A-17");
    }

    @Test
    void an_unknown_customer_is_a_404_problem() {
        Reply r = api.get("/v1/customers/ghost", ADMIN_KEY);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asText()).isEqualTo("urn:marketpilot:problem:not-found");
    }
}
