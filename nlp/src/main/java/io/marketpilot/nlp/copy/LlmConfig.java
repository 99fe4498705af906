package io.marketpilot.nlp.copy;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An OpenAI-compatible chat-completions endpoint: {@code endpoint} is the full URL (e.g.
 * {@code https://api.openai.com/v1/chat/completions} or a local server's), {@code apiKey} is sent as a bearer token
 * (may be empty for local servers), {@code model} names the model, {@code timeout} bounds each call.
 */
public record LlmConfig(URI endpoint, String apiKey, String model, Duration timeout) {
    public LlmConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
        apiKey = apiKey == null ? "" : apiKey;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("the LLM endpoint must be an http(s) URL, got " + endpoint);
        }
    }

    @Override
    public String toString() { // never print the key
        return "LlmConfig[endpoint=" + endpoint + ", model=" + model + ", timeout=" + timeout + "]";
    }
}
