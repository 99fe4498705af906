package io.marketpilot.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.access.Role;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * A real engine on a temporary directory behind a real server on a free port, and an HTTP client for it.
 * The engine's clock is fixed at {@link #NOW} so test events are never "in the future".
 */
public final class TestServer implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");
    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    public static final String JSON = "application/json";
    public static final String NDJSON = "application/x-ndjson";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public final Engine engine;
    public final ApiServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Engine engine, ApiServer server) {
        this.engine = engine;
        this.server = server;
    }

    public static TestServer start(Path dataDir) {
        return start(dataDir, UnaryOperator.identity());
    }

    public static TestServer start(Path dataDir, UnaryOperator<ServerConfig> tweak) {
        return start(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), tweak);
    }

    /** Over an engine on {@code clock}, e.g. a simulated clock the test moves (journeys, retries). */
    public static TestServer start(Path dataDir, Clock clock, UnaryOperator<ServerConfig> tweak) {
        return start(EngineConfig.at(dataDir), clock, tweak);
    }

    /** Over an engine opened with {@code engineConfig} (e.g. loaded from a marketpilot.yaml), served as it says. */
    public static TestServer start(EngineConfig engineConfig, Clock clock, UnaryOperator<ServerConfig> tweak) {
        Engine engine = Engine.open(engineConfig, clock);
        try {
            ServerConfig config = tweak.apply(ServerConfig.of(engineConfig).withPort(0).withAdminKey(ADMIN_KEY));
            return new TestServer(engine, ApiServer.start(engine, config));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /** A new key of this role, straight from the engine's key store. */
    public String keyWith(Role role) {
        return engine.apiKeys().create("test " + role.wireName(), role).secret();
    }

    public Reply get(String path, String key) {
        return send("GET", path, key, null, null);
    }

    public Reply send(String method, String path, String key, String contentType, String body) {
        HttpRequest.Builder b = request(path, key).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    public HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b;
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            engine.close();
        }
    }

    /** An HTTP answer. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
