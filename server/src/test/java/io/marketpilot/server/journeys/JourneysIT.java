package io.marketpilot.server.journeys;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.access.Role;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /v1/journeys on a real server: validation with pointers, nothing saved when invalid, versions, status, roles. */
class JourneysIT {
    @TempDir
    Path dir;
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
        api.send("PUT", "/v1/channels/crm", ADMIN_KEY, JSON, TestServer.json(Map.of("type", "webhook", "settings",
                Map.of("url", "http://127.0.0.1:1/hook", "secret", "0123456789abcdef0123"))));
        api.send("PUT", "/v1/channels/email", ADMIN_KEY, JSON, TestServer.json(Map.of("type", "email", "settings",
                Map.of("host", "127.0.0.1", "port", 2525, "from", "shop@example.com"))));
        api.send("POST", "/v1/coupons", ADMIN_KEY, JSON, """
                {"id": "cart-10", "discount": {"type": "percent", "percent": 10}, "currency": "EUR",
                 "valid_from": "2026-01-01T00:00:00Z", "valid_until": "2027-01-01T00:00:00Z"}""");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply post(String path, String body) {
        return api.send("POST", path, ADMIN_KEY, body == null ? null : JSON, body);
    }

    @Test
    void a_broken_definition_lists_every_problem_with_its_pointer_and_nothing_is_saved() {
        Reply checked = post("/v1/journeys/validate", JourneyFixtures.BROKEN);
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("valid").asBoolean()).isFalse();
        assertThat(pointers(checked.json().get("problems")))
                .contains("/steps/1/next", "/steps/2/type", "/steps/3", "/re_entry");
        assertThat(checked.json().get("problems").get(0).get("path").asText()).startsWith("$.");

        Reply rejected = post("/v1/journeys", JourneyFixtures.BROKEN);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().get("detail").asText()).endsWith("nothing was saved");
        assertThat(pointers(rejected.json().get("errors"))).containsExactlyInAnyOrderElementsOf(
                pointers(checked.json().get("problems")));
        assertThat(api.get("/v1/journeys", ADMIN_KEY).json().get("journeys")).isEmpty();
        assertThat(api.get("/v1/journeys/broken", ADMIN_KEY).status()).isEqualTo(404);
    }

    @Test
    void names_are_checked_against_the_shop() {
        Reply r = post("/v1/journeys/validate", JourneyFixtures.abandonedCart("sms", "email", "cart-99"));
        assertThat(r.json().get("valid").asBoolean()).as(r.body()).isFalse();
        assertThat(pointers(r.json().get("problems"))).contains("/steps/1/channel", "/steps/5/channel",
                "/steps/4/coupon");
        Reply ok = post("/v1/journeys/validate", JourneyFixtures.abandonedCart("crm", "email", "cart-10"));
        assertThat(ok.json().get("valid").asBoolean()).as(ok.body()).isTrue();
        assertThat(ok.json().get("problems")).isEmpty();
    }

    @Test
    void create_version_activate_pause_and_report() {
        Reply created = post("/v1/journeys", JourneyFixtures.abandonedCart("crm", "email", "cart-10"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/v1/journeys/abandoned-cart");
        assertThat(created.json().get("status").asText()).isEqualTo("draft");
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(created.json().at("/saved/created").asBoolean()).isTrue();
        assertThat(post("/v1/journeys", JourneyFixtures.abandonedCart("crm", "email", "cart-10")).status())
                .as("exists").isEqualTo(409);

        Reply activated = post("/v1/journeys/abandoned-cart/activate", null);
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().get("status").asText()).isEqualTo("active");

        String v2 = JourneyFixtures.abandonedCart("crm", "email", "cart-10").replace("\"1h\"", "\"2h\"");
        Reply versioned = api.send("PUT", "/v1/journeys/abandoned-cart", ADMIN_KEY, JSON, v2);
        assertThat(versioned.status()).as(versioned.body()).isEqualTo(200);
        assertThat(versioned.json().get("version").asInt()).isEqualTo(2);
        assertThat(versioned.json().get("status").asText()).isEqualTo("active");
        assertThat(versioned.json().get("versions")).hasSize(2);
        assertThat(versioned.json().at("/definition/steps/0/duration").asText()).isEqualTo("2h");
        Reply otherId = api.send("PUT", "/v1/journeys/other", ADMIN_KEY, JSON, v2);
        assertThat(otherId.status()).isEqualTo(400);
        assertThat(pointers(otherId.json().get("errors"))).containsExactly("/id");

        assertThat(post("/v1/journeys/abandoned-cart/pause", null).json().get("status").asText()).isEqualTo("paused");
        assertThat(post("/v1/journeys/nope/activate", null).status()).isEqualTo(404);

        JsonNode list = api.get("/v1/journeys", ADMIN_KEY).json().get("journeys");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("status").asText()).isEqualTo("paused");

        JsonNode report = api.get("/v1/journeys/abandoned-cart/report", ADMIN_KEY).json();
        assertThat(report.get("entered").asInt()).isZero();
        assertThat(report.get("attribution_window").asText()).isEqualTo("7d");
        assertThat(api.get("/v1/journeys/nope/report", ADMIN_KEY).status()).isEqualTo(404);
        JsonNode nobody = api.get("/v1/customers/nobody/journeys", ADMIN_KEY).json();
        assertThat(nobody.get("user_id").asText()).isEqualTo("nobody");
        assertThat(nobody.get("journeys")).isEmpty();
    }

    @Test
    void put_creates_a_journey_that_does_not_exist_and_rejects_a_non_object() {
        Reply created = api.send("PUT", "/v1/journeys/abandoned-cart", ADMIN_KEY, JSON,
                JourneyFixtures.abandonedCart("crm", "email", "cart-10").replace("\"id\": \"abandoned-cart\", ", ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo("abandoned-cart");
        assertThat(created.json().at("/saved/version").asInt()).isEqualTo(1);
        assertThat(api.send("PUT", "/v1/journeys/abandoned-cart", ADMIN_KEY, JSON, "[1]").status()).isEqualTo(400);
        assertThat(api.send("POST", "/v1/journeys/validate", ADMIN_KEY, "text/plain", "{}").status()).isEqualTo(415);
    }

    @Test
    void reading_needs_read_and_writing_needs_admin() {
        String read = api.keyWith(Role.READ);
        assertThat(api.get("/v1/journeys", read).status()).isEqualTo(200);
        assertThat(api.send("POST", "/v1/journeys/validate", read, JSON, JourneyFixtures.BROKEN).status()).isEqualTo(200);
        assertThat(api.send("POST", "/v1/journeys", read, JSON, JourneyFixtures.BROKEN).status()).isEqualTo(403);
        assertThat(api.get("/v1/journeys", null).status()).isEqualTo(401);
    }

    @Test
    void an_unknown_template_or_a_coupon_code_without_a_coupon_on_every_path_is_a_400_with_its_path() {
        String journey = """
                {"id": "checked", "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
                 "steps": [
                   {"id": "split", "type": "split", "arms": [{"name": "a", "next": "coupon"}, {"name": "b", "next": "mail"}]},
                   {"id": "coupon", "type": "issue_coupon", "coupon": "cart-10", "next": "mail"},
                   {"id": "mail", "type": "send_message", "channel": "email", "template": "abandoned_cart",
                    "data": {"code": "{{coupon_code}}"}, "next": "hook"},
                   {"id": "hook", "type": "send_message", "channel": "crm", "template": "winback_letter", "next": "done"},
                   {"id": "done", "type": "exit"}
                 ]}""";
        Reply rejected = post("/v1/journeys", journey);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(pointers(rejected.json().get("errors"))).containsExactlyInAnyOrder("/steps/2/data/code",
                "/steps/3/template");
        assertThat(rejected.body()).contains("winback_letter").contains("coupon_code");
        Reply checked = post("/v1/journeys/validate", journey);
        assertThat(checked.json().get("problems")).extracting(p -> p.get("path").asText())
                .containsExactlyInAnyOrder("$.steps[2].data.code", "$.steps[3].template");
        assertThat(api.get("/v1/journeys/checked", ADMIN_KEY).status()).isEqualTo(404);
    }

    private static List<String> pointers(JsonNode problems) {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.get("pointer").asText()));
        return out;
    }
}
