package io.marketpilot.engine.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How the REST server listens ({@code server.*}); the server module turns this into its own {@code ServerConfig}.
 *
 * @param host            interface to bind (127.0.0.1 = this machine only, 0.0.0.0 = every interface)
 * @param port            TCP port, 0 = any free one
 * @param maxBodyBytes    largest request body (bigger ones get 413)
 * @param shutdownTimeout how long in-flight requests may finish on SIGTERM / Ctrl-C
 */
public record ServerSettings(String host, int port, long maxBodyBytes, Duration shutdownTimeout) {
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    }

    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 8080, 32L * 1024 * 1024, Duration.ofSeconds(10));
    }
}
