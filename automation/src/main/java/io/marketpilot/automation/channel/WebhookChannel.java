package io.marketpilot.automation.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.automation.guard.ConsentTopic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Posts each message as JSON to a URL, signed ({@link WebhookSignature}) and carrying its idempotency key in the
 * {@code Idempotency-Key} header. 2xx is delivery; 408, 425, 429, 5xx and network errors are retried by the
 * dispatcher; any other status is final. Settings: {@code url}, {@code secret} (≥ 16 characters),
 * {@code timeout_ms} (default 5000), {@code consent_topic} (default push).
 */
public final class WebhookChannel implements Channel {
    static final String TYPE = "webhook";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChannelName name;
    private final URI url;
    private final String secret;
    private final Duration timeout;
    private final ConsentTopic topic;
    private final Clock clock;
    private final HttpClient http;

    WebhookChannel(ChannelName name, URI url, String secret, Duration timeout, ConsentTopic topic, Clock clock,
                   HttpClient http) {
        this.name = name;
        this.url = url;
        this.secret = secret;
        this.timeout = timeout;
        this.topic = topic;
        this.clock = clock;
        this.http = http;
    }

    static Channel create(ChannelName name, Map<String, ?> raw, ChannelContext context) {
        Settings s = new Settings(raw, Set.of("url", "secret", "timeout_ms", "consent_topic"));
        URI url = s.httpUrl("url");
        String secret = s.text("secret", null, 16);
        int timeoutMs = s.integer("timeout_ms", 5_000, 100, 120_000);
        ConsentTopic topic = s.topic("consent_topic", ConsentTopic.PUSH);
        s.check();
        return new WebhookChannel(name, url, secret, Duration.ofMillis(timeoutMs), topic, context.clock(), context.http());
    }

    @Override
    public ChannelName name() {
        return name;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ConsentTopic topic() {
        return topic;
    }

    @Override
    public SendResult send(Message m) {
        String body = payload(m);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", m.key())
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return new SendResult.Sent("http " + status);
            }
            boolean retryable = status == 408 || status == 425 || status == 429 || status >= 500;
            return new SendResult.Failed("http " + status + " from " + url, retryable);
        } catch (IOException e) {
            return new SendResult.Failed(e.getClass().getSimpleName() + " posting to " + url + ": " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Failed("interrupted posting to " + url, true);
        }
    }

    private String payload(Message m) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("idempotency_key", m.key());
        p.put("channel", name.value());
        p.put("customer", m.customer().value());
        p.put("purpose", m.purpose().name().toLowerCase(Locale.ROOT));
        p.put("template", m.template());
        p.put("locale", m.locale());
        p.put("data", m.data());
        p.put("sent_at", clock.instant().toString());
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message data cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
