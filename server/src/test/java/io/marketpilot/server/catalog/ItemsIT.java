package io.marketpilot.server.catalog;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static io.marketpilot.server.http.TestServer.NDJSON;
import static io.marketpilot.server.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import io.marketpilot.server.http.WireEvents;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PUT /v1/items and GET /v1/items/{id}. */
class ItemsIT {
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

    private JsonNode put(String contentType, String body) {
        Reply r = api.send("PUT", "/v1/items", ADMIN_KEY, contentType, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void upserts_report_created_updated_unchanged_and_rejected() {
        var phone = WireEvents.item("p1", "Phone", 299.00);
        var case1 = WireEvents.item("c1", "Case", "9.90");
        JsonNode first = put(JSON, json(List.of(phone, case1)));
        assertThat(first.get("created").asInt()).isEqualTo(2);

        phone.put("price", 279.00);
        var broken = WireEvents.item("x1", "Broken", -1);
        JsonNode second = put(NDJSON, WireEvents.ndjson(List.of(phone, case1, broken)));

        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isEqualTo(1);
        assertThat(second.get("unchanged").asInt()).isEqualTo(1);
        assertThat(second.get("rejected").asInt()).isEqualTo(1);
        JsonNode error = second.get("errors").get(0);
        assertThat(error.get("index").asInt()).isEqualTo(2);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("errors").get(0).get("pointer").asText()).isEqualTo("/2/price");
    }

    @Test
    void an_item_reads_back_in_wire_names_with_its_extras() {
        Map<String, Object> item = WireEvents.item("sku-9", "Kettle", "39.95");
        item.put("titles", Map.of("zh", "水壶"));
        item.put("category", List.of("Home", "Kitchen"));
        item.put("stock", 4);
        item.put("created_at", "2026-01-02T03:04:05Z");
        item.put("supplier", Map.of("name", "ACME"));
        put(JSON, json(List.of(item)));

        Reply r = api.get("/v1/items/sku-9", ADMIN_KEY);

        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("item_id").asText()).isEqualTo("sku-9");
        assertThat(body.get("title").asText()).isEqualTo("Kettle");
        assertThat(body.get("titles").get("zh").asText()).isEqualTo("水壶");
        assertThat(body.get("category")).extracting(JsonNode::asText).containsExactly("Home", "Kitchen");
        assertThat(body.get("price").isNumber()).isTrue();
        assertThat(body.get("price").decimalValue()).isEqualByComparingTo("39.95");
        assertThat(body.get("currency").asText()).isEqualTo("EUR");
        assertThat(body.get("stock").asInt()).isEqualTo(4);
        assertThat(body.get("available").asBoolean()).isTrue();
        assertThat(body.get("created_at").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(body.get("supplier").get("name").asText()).isEqualTo("ACME");
    }

    @Test
    void an_unknown_item_is_a_404_problem() {
        Reply r = api.get("/v1/items/nope", ADMIN_KEY);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("nope");
    }

    @Test
    void more_than_the_limit_is_413() {
        StringBuilder nd = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            nd.append("{\"item_id\":\"i").append(i).append("\",\"title\":\"t\"}\n");
        }
        Reply r = api.send("PUT", "/v1/items", ADMIN_KEY, NDJSON, nd.toString());

        assertThat(r.status()).isEqualTo(413);
        assertThat(api.engine.stats().items()).isZero();
    }
}
