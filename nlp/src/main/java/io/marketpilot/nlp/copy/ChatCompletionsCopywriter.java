package io.marketpilot.nlp.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketpilot.core.catalog.Item;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts copy with an OpenAI-compatible chat-completions endpoint (java.net.http). The prompt gives the item's facts
 * as JSON and asks for {@code n} variants separated by lines of {@code ---}, each a headline line and a body. The
 * drafts are untrusted: {@link CopyGenerator} checks each with the {@link FactGuard} before use.
 */
public final class ChatCompletionsCopywriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LlmConfig config;
    private final HttpClient http;

    public ChatCompletionsCopywriter(LlmConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** The drafts as (headline, body) pairs; throws {@link LlmException} on any transport or format problem. */
    public List<String[]> draft(CopyRequest r) {
        String body;
        try {
            body = JSON.writeValueAsString(request(r));
        } catch (IOException e) {
            throw new LlmException("cannot build the request: " + e.getMessage());
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(config.endpoint()).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!config.apiKey().isEmpty()) {
            req.header("Authorization", "Bearer " + config.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LlmException("the LLM endpoint " + config.endpoint() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for the LLM endpoint");
        }
        if (response.statusCode() / 100 != 2) {
            throw new LlmException("the LLM endpoint answered HTTP " + response.statusCode());
        }
        return parse(response.body());
    }

    private ObjectNode request(CopyRequest r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", config.model());
        root.put("temperature", 0.7);
        ArrayNode messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", (r.english()
                ? "You write e-commerce marketing copy in English."
                : "你是电商文案写手，用简体中文写作。")
                + " Use ONLY the facts given; never invent prices, numbers, colours, materials, features, discounts"
                + " or shipping promises. Write " + r.variants() + " variants of a " + r.kind().wireName()
                + ". Separate variants with a line containing only ---. In each variant the first line is the"
                + " headline, the rest is the body.");
        messages.addObject().put("role", "user").put("content", facts(r).toString());
        return root;
    }

    private static ObjectNode facts(CopyRequest r) {
        Item item = r.item();
        ObjectNode f = JSON.createObjectNode();
        f.put("title", r.english() ? item.title("en") : item.title("zh"));
        if (item.brand() != null) {
            f.put("brand", item.brand());
        }
        if (!item.category().isEmpty()) {
            f.put("category", String.join(" > ", item.category()));
        }
        if (item.price() != null) {
            f.put("price", item.price().toPlainString() + (item.currency() == null ? "" : " " + item.currency()));
        }
        f.put("in_stock", item.sellable());
        ObjectNode attrs = f.putObject("attributes");
        item.attributes().forEach((k, v) -> attrs.put(k, String.valueOf(v)));
        ArrayNode praised = f.putArray("customers_praise");
        r.aspects().stream().filter(a -> a.polarity() == Polarity.POSITIVE && a.count() > 0)
                .forEach(a -> praised.add(a.aspect()));
        return f;
    }

    static List<String[]> parse(String responseBody) {
        JsonNode root;
        try {
            root = JSON.readTree(responseBody);
        } catch (IOException e) {
            throw new LlmException("the LLM response is not JSON: " + e.getMessage());
        }
        JsonNode content = root.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new LlmException("the LLM response has no choices[0].message.content");
        }
        List<String[]> out = new ArrayList<>();
        for (String block : content.asText().split("(?m)^\\s*---\\s*$")) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            int nl = b.indexOf('\n');
            out.add(nl < 0 ? new String[] {b, ""} : new String[] {b.substring(0, nl).strip(), b.substring(nl + 1).strip()});
        }
        return out;
    }

    /** The LLM could not be used for this request; the caller falls back to templates. */
    public static final class LlmException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LlmException(String message) {
            super(message);
        }
    }
}
