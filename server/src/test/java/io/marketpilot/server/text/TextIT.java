package io.marketpilot.server.text;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.core.access.Role;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/text/analyze, POST /v1/assistant/answer, GET/PUT /v1/faq, POST /v1/items/{id}/copy on a real server. */
class TextIT {
    @TempDir
    Path dir;
    private TestServer api;
    private String reader;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
        reader = api.keyWith(Role.READ);
        api.engine.upsertItems(List.of(Map.of("item_id", "p1", "title", "小米 14 手机", "brand", "小米", "price", "3999",
                "currency", "CNY", "stock", 5, "attributes", Map.of("color", "白色"))));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void analyzes_text_and_never_fails_on_content() {
        Reply r = api.send("POST", "/v1/text/analyze", reader, JSON, "{\"text\": \"<b>小米手机</b>怎么还没發貨？😡\"}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.get("text").asText()).isEqualTo("小米手机怎么还没发货?");
        assertThat(a.get("language").asText()).isEqualTo("zh");
        assertThat(a.get("emojis").get(0).asText()).isEqualTo("😡");
        assertThat(a.get("entities")).anySatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("brand"));
        assertThat(a.get("intent").get("intent").asText()).isIn("order_status", "shipping");
        assertThat(a.get("sentiment").get("label").asText()).isIn("negative", "neutral");

        Reply empty = api.send("POST", "/v1/text/analyze", reader, JSON, "{\"text\": \"\"}");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("notices").get(0).asText()).contains("no text");
        Reply missing = api.send("POST", "/v1/text/analyze", reader, JSON, "{\"txt\": \"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("pointer").asText()).isEqualTo("/text");
    }

    @Test
    void faq_is_replaced_whole_and_answers_questions() {
        String faq = "{\"entries\": [{\"id\": \"ship\", \"question\": \"多久发货？\", \"answer\": \"付款后48小时内发货。\"}]}";
        assertThat(api.send("PUT", "/v1/faq", reader, JSON, faq).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/v1/faq", ADMIN_KEY, JSON, faq).status()).isEqualTo(200);
        assertThat(api.get("/v1/faq", reader).json().get("entries").get(0).get("id").asText()).isEqualTo("ship");

        Reply bad = api.send("PUT", "/v1/faq", ADMIN_KEY, JSON,
                "{\"entries\": [{\"id\": \"a\", \"question\": \"\", \"answer\": \"x\"}, {\"id\": \"a\", \"question\": \"q\", \"answer\": \"y\"}, 3]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/entries/0/question", "/entries/2");
        assertThat(api.get("/v1/faq", reader).json().get("entries")).hasSize(1);

        JsonNode faqAnswer = api.send("POST", "/v1/assistant/answer", reader, JSON, "{\"question\": \"付款后几天发货\"}").json();
        assertThat(faqAnswer.get("kind").asText()).isEqualTo("faq");
        assertThat(faqAnswer.get("faq_id").asText()).isEqualTo("ship");
        Reply itemReply = api.send("POST", "/v1/assistant/answer", reader, JSON,
                "{\"question\": \"这个多少钱\", \"item_id\": \"p1\"}");
        assertThat(itemReply.status()).as(itemReply.body()).isEqualTo(200);
        JsonNode item = itemReply.json();
        assertThat(item.get("kind").asText()).isEqualTo("item");
        assertThat(item.get("text").asText()).contains("3999");
        JsonNode handoff = api.send("POST", "/v1/assistant/answer", reader, JSON, "{\"question\": \"你们老板是谁\"}").json();
        assertThat(handoff.get("kind").asText()).isEqualTo("handoff");
        assertThat(api.send("POST", "/v1/assistant/answer", reader, JSON,
                "{\"question\": \"多少钱\", \"item_id\": \"nope\"}").status()).isEqualTo(404);
    }

    @Test
    void copy_variants_for_an_item() {
        Reply r = api.send("POST", "/v1/items/p1/copy", reader, JSON,
                "{\"language\": \"en\", \"kind\": \"ad\", \"variants\": 2, \"aspects\": [{\"aspect\": \"quality\", \"polarity\": \"positive\", \"count\": 3}]}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("variants")).hasSize(2);
        assertThat(r.json().get("variants").get(0).get("body").asText()).contains("3999", "solid quality");
        assertThat(api.send("POST", "/v1/items/p1/copy", reader, JSON, "").json().get("variants")).hasSize(3);
        Reply bad = api.send("POST", "/v1/items/p1/copy", reader, JSON, "{\"language\": \"fr\", \"variants\": 99}");
        assertThat(bad.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/language", "/variants");
        assertThat(api.send("POST", "/v1/items/nope/copy", reader, JSON, "{}").status()).isEqualTo(404);
    }
}
