package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.server.http.ApiServer;
import io.marketpilot.server.http.ServerConfig;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running REST API of one engine, and its orderly stop: server first (in-flight batches finish), then engine. */
final class ApiEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiEndpoint.class);

    private final ApiServer server;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ApiEndpoint(ApiServer server) {
        this.server = server;
    }

    /**
     * Starts the API. {@code adminKey} is an extra admin secret (null: only stored keys authenticate).
     * A port that cannot be bound is an environment problem.
     */
    static ApiEndpoint start(Engine engine, String host, int port, String adminKey) {
        ApiServer server;
        try {
            server = ApiServer.start(engine, ServerConfig.of(engine.config()).withHost(host).withPort(port)
                    .withAdminKey(adminKey));
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new EnvironmentProblem("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                        + "); is another server running? choose another --port", e);
            }
            throw e;
        }
        ApiEndpoint api = new ApiEndpoint(server);
        log.atInfo().setMessage("listening").addKeyValue("url", api.url()).log();
        return api;
    }

    int port() {
        return server.port();
    }

    String url() {
        return server.baseUrl();
    }

    /** On SIGTERM / Ctrl-C: stop accepting, let in-flight requests finish, then close the engine. */
    void stopOnShutdown(Engine engine) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            try {
                close();
            } finally {
                engine.close();
                log.info("stopped");
                stopped.countDown();
            }
        }, "marketpilot-shutdown"));
    }

    /** Blocks the calling thread until the shutdown hook has stopped everything. */
    void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        server.close();
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t.getClass().getSimpleName().equals("JavalinBindException")
                    || String.valueOf(t.getMessage()).contains("Failed to bind")
                    || String.valueOf(t.getMessage()).contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
