package io.marketpilot.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The hand-built JSON is valid and reads back as written. */
class DemoJsonLineTest {

    @Test
    void escapesQuotesBackslashesAndControlCharactersAndKeepsChinese() {
        String nasty = "say \"hi\" \\ tab\t new\nline \u0001 \u2028 极光 Lumière";
        JsonLine json = new JsonLine().beginObject().string("s", nasty).endObject();

        assertThat(json.text().toString()).doesNotContain("\n").doesNotContain("\u2028");
        assertThat(SmallDemoShop.parse(json.text().toString()).get("s").asText()).isEqualTo(nasty);
    }

    @Test
    void nestsObjectsAndArraysWithCommasInTheRightPlaces() {
        JsonLine json = new JsonLine().beginObject().number("a", 1).beginArray("b").string("x").string("y")
                .endArray().beginObject("c").bool("d", true).endObject().beginArray("e").beginObject()
                .number("f", 2).endObject().beginObject().endObject().endArray().endObject();

        assertThat(json.text().toString())
                .isEqualTo("{\"a\":1,\"b\":[\"x\",\"y\"],\"c\":{\"d\":true},\"e\":[{\"f\":2},{}]}");
    }

    @Test
    void writesPricesTimestampsAndDecimalsWithoutExponents() {
        String text = new JsonLine().beginObject()
                .price("p", 12_900).price("q", 5).timestamp("t", 1_789_202_130L)
                .number("small", 0.000012345, 8).number("neg", -0.5, 2).endObject().text().toString();
        JsonNode node = SmallDemoShop.parse(text);

        assertThat(node.get("p").asText()).isEqualTo("129.00");
        assertThat(node.get("q").asText()).isEqualTo("0.05");
        assertThat(node.get("t").asText()).isEqualTo("2026-09-12T08:35:30Z");
        assertThat(text).contains("\"small\":0.00001235", "\"neg\":-0.50");
        assertThat(node.get("small").asDouble()).isEqualTo(0.00001235);
    }

    @Test
    void resetStartsAFreshLine() {
        JsonLine json = new JsonLine();
        json.beginObject().number("a", 1).endObject();

        assertThat(json.reset().beginObject().number("b", 2).endObject().text().toString()).isEqualTo("{\"b\":2}");
    }
}
