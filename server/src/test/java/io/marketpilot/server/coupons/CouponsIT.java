package io.marketpilot.server.coupons;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /v1/coupons on a real server and state store: define, issue within budget, look up, redeem by purchase. */
class CouponsIT {
    @TempDir
    Path dir;
    private TestServer api;

    static final String TEN_EUROS = """
            {"id": "welcome-10", "name": "10 EUR off", "discount": {"type": "amount", "amount": 10},
             "currency": "EUR", "min_spend": 30, "valid_from": "2026-01-01T00:00:00Z",
             "valid_until": "2027-01-01T00:00:00Z", "per_customer_limit": 1, "budget": {"codes": 2}}""";

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply issue(String customer) {
        return api.send("POST", "/v1/coupons/welcome-10/issue", ADMIN_KEY, JSON, "{\"customer\": \"" + customer + "\"}");
    }

    @Test
    void defineIssueLookUpAndRedeem() {
        Reply created = api.send("POST", "/v1/coupons", ADMIN_KEY, JSON, TEN_EUROS);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/v1/coupons/welcome-10");
        assertThat(api.send("POST", "/v1/coupons", ADMIN_KEY, JSON, TEN_EUROS).status()).as("exists").isEqualTo(409);

        Reply first = issue("ann");
        assertThat(first.status()).isEqualTo(201);
        String code = first.json().get("code").asText();
        assertThat(issue("ann").json().get("detail").asText()).startsWith("customer_limit");
        assertThat(issue("bob").status()).isEqualTo(201);
        Reply spent = issue("cy");
        assertThat(spent.status()).isEqualTo(409);
        assertThat(spent.json().get("detail").asText()).isEqualTo("budget_spent: 2 of 2 codes issued");

        Reply lookup = api.get("/v1/coupons/codes/" + first.json().get("display").asText().toLowerCase(), ADMIN_KEY);
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.json().get("customer").asText()).isEqualTo("ann");
        assertThat(lookup.json().get("coupon").get("usage").get("issued").asInt()).isEqualTo(2);

        Reply purchase = api.send("POST", "/v1/events", ADMIN_KEY, JSON, TestServer.json(List.of(Map.of(
                "event_id", "p1", "type", "purchase", "user_id", "ann", "item_id", "i1", "price", 45, "currency", "EUR",
                "timestamp", "2026-03-09T12:00:00Z", "properties", Map.of("coupon_code", code, "order_id", "o-7")))));
        assertThat(purchase.status()).isEqualTo(200);
        assertThat(api.engine.recentEvents(UserId.of("ann"), 10)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.COUPON_REDEEMED);
            assertThat(e.properties()).containsEntry("order_key", "o-7");
        });
        JsonNode redeemed = api.get("/v1/coupons/codes/" + code, ADMIN_KEY).json();
        assertThat(redeemed.get("redeemed").asBoolean()).isTrue();
        assertThat(redeemed.get("discount").decimalValue()).isEqualByComparingTo("10");
        assertThat(api.send("DELETE", "/v1/coupons/welcome-10", ADMIN_KEY, null, null).status()).isEqualTo(409);
    }

    @Test
    void badDefinitionsNameEveryField() {
        Reply r = api.send("POST", "/v1/coupons", ADMIN_KEY, JSON,
                "{\"id\": \"x\", \"discount\": {\"type\": \"percent\", \"percent\": 0}, \"currency\": \"EUR\","
                        + " \"valid_from\": \"soon\", \"valid_until\": \"2027-01-01T00:00:00Z\","
                        + " \"eligible_categories\": [\"Shoes\", 7]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("/discount/percent", "/valid_from", "/eligible_categories/1");
        assertThat(api.get("/v1/coupons", ADMIN_KEY).json().get("coupons")).isEmpty();
    }

    @Test
    void putReplacesAndUnknownsAreNotFound() {
        assertThat(api.send("PUT", "/v1/coupons/welcome-10", ADMIN_KEY, JSON, TEN_EUROS).status()).isEqualTo(200);
        assertThat(api.send("PUT", "/v1/coupons/other", ADMIN_KEY, JSON, TEN_EUROS).json().get("errors").get(0)
                .get("pointer").asText()).isEqualTo("/id");
        assertThat(api.get("/v1/coupons/nope", ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.get("/v1/coupons/codes/AAAA-BBBB", ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/v1/coupons/welcome-10", ADMIN_KEY, null, null).status()).isEqualTo(204);
    }
}
