package io.marketpilot.server.http;

import io.marketpilot.engine.config.EngineConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the API server runs.
 *
 * @param host            interface to bind; default {@value #DEFAULT_HOST} (loopback only)
 * @param port            TCP port; 0 picks a free one (see {@link ApiServer#port()}); default {@value #DEFAULT_PORT}
 * @param adminKey        a key acting with the admin role (from {@code --api-key} / {@code MARKETPILOT_API_KEY});
 *                        null or blank = none, then only keys of the engine's key store authenticate
 * @param maxBatch        most records per bulk request; pass the engine's {@code ingest().maxBatch()}
 * @param maxBodyBytes    largest request body; bigger bodies get 413
 * @param shutdownTimeout how long {@link ApiServer#close()} lets in-flight requests finish
 */
public record ServerConfig(String host, int port, String adminKey, int maxBatch, long maxBodyBytes,
                           Duration shutdownTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 10,000 events of about 3 KB each fit comfortably. */
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    /** Validates every setting and reports all problems at once. */
    public ServerConfig {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        adminKey = adminKey == null || adminKey.isBlank() ? null : adminKey.strip();
        shutdownTimeout = shutdownTimeout == null ? DEFAULT_SHUTDOWN_TIMEOUT : shutdownTimeout;
        List<String> problems = new ArrayList<>();
        if (port < 0 || port > 65_535) {
            problems.add("server.port: expected 0..65535 (0 = any free port), found " + port);
        }
        if (maxBatch < 1) {
            problems.add("server.maxBatch: expected at least 1, found " + maxBatch);
        }
        if (maxBodyBytes < 1024) {
            problems.add("server.maxBodyBytes: expected at least 1024, found " + maxBodyBytes);
        }
        if (shutdownTimeout.isNegative()) {
            problems.add("server.shutdownTimeout: expected zero or more, found " + shutdownTimeout);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** 127.0.0.1:8080, no admin key, the engine's default batch limit, 32 MiB bodies, 10 s shutdown. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, null, EngineConfig.IngestConfig.defaults().maxBatch(),
                DEFAULT_MAX_BODY_BYTES, DEFAULT_SHUTDOWN_TIMEOUT);
    }

    /** The engine's configured {@code server.*} settings and ingest batch limit (marketpilot.yaml); no admin key. */
    public static ServerConfig of(EngineConfig config) {
        var s = config.server();
        return new ServerConfig(s.host(), s.port(), null, config.ingest().maxBatch(), s.maxBodyBytes(),
                s.shutdownTimeout());
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, adminKey, maxBatch, maxBodyBytes, shutdownTimeout);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, adminKey, maxBatch, maxBodyBytes, shutdownTimeout);
    }

    public ServerConfig withAdminKey(String key) {
        return new ServerConfig(host, port, key, maxBatch, maxBodyBytes, shutdownTimeout);
    }

    public ServerConfig withMaxBatch(int records) {
        return new ServerConfig(host, port, adminKey, records, maxBodyBytes, shutdownTimeout);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, adminKey, maxBatch, bytes, shutdownTimeout);
    }

    public ServerConfig withShutdownTimeout(Duration timeout) {
        return new ServerConfig(host, port, adminKey, maxBatch, maxBodyBytes, timeout);
    }

    /** Never prints the admin key. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", adminKey=" + (adminKey == null ? "none" : "***")
                + ", maxBatch=" + maxBatch + ", maxBodyBytes=" + maxBodyBytes + ", shutdownTimeout=" + shutdownTimeout + "]";
    }
}
