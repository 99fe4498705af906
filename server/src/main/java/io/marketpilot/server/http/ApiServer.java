package io.marketpilot.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import io.javalin.util.JavalinLogger;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.auth.AccessGuard;
import io.marketpilot.server.auth.Requires;
import io.marketpilot.server.json.WireJson;
import io.marketpilot.server.metrics.ServerMetrics;
import io.marketpilot.server.route.Route;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * MarketPilot's REST API over one {@link Engine}. {@link #start} binds and returns once the server accepts
 * requests; {@link #close} shuts down gracefully: it stops accepting, lets in-flight requests (such as a batch
 * being stored) finish for up to {@link ServerConfig#shutdownTimeout()}, then returns. The caller owns the
 * engine and closes it afterwards.
 *
 * <pre>{@code
 * try (Engine engine = Engine.open(EngineConfig.at(dir), Clock.systemUTC());
 *      ApiServer server = ApiServer.start(engine, ServerConfig.defaults().withAdminKey(key))) {
 *     // serve until the process is asked to stop: the CLI's serve command waits on a shutdown hook here
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
    private final Javalin app;
    private final ServerMetrics metrics;
    private final List<Route> routes;
    private final ServerConfig config;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApiServer(Javalin app, ServerMetrics metrics, List<Route> routes, ServerConfig config) {
        this.app = app;
        this.metrics = metrics;
        this.routes = routes;
        this.config = config;
        this.port = app.port();
    }

    /**
     * Starts serving {@code engine} as configured.
     *
     * @throws io.javalin.util.JavalinBindException when the port is taken
     */
    public static ApiServer start(Engine engine, ServerConfig config) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(config, "config");
        ObjectMapper mapper = WireJson.mapper();
        ServerMetrics metrics = new ServerMetrics();
        try {
            List<Route> routes = ApiRoutes.table(engine, config, mapper, metrics).routes();
            Javalin app = create(engine, config, mapper, metrics, routes);
            app.start(config.host(), config.port());
            return new ApiServer(app, metrics, routes, config);
        } catch (JsonProcessingException e) {
            metrics.close();
            throw new IllegalStateException("the OpenAPI document could not be written", e);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
    }

    private static Javalin create(Engine engine, ServerConfig config, ObjectMapper mapper, ServerMetrics metrics,
                                  List<Route> routes) {
        JavalinLogger.startupInfo = false; // no banner, version or "listening on" lines at INFO: the caller reports
        ProblemMapper problems = new ProblemMapper(mapper, config.maxBodyBytes());
        RequestLog log = new RequestLog(metrics);
        AccessGuard guard = new AccessGuard(config.adminKey(), engine::apiKeys);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(mapper, true));
            cfg.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler()); // counts in-flight requests so stop() can wait for them
                server.setStopTimeout(config.shutdownTimeout().toMillis());
                server.setErrorHandler(new JettyErrors(mapper));
            });
            cfg.router.javaLangErrorHandler(problems::handleError);
            cfg.routes.before(log::assignId);
            cfg.routes.beforeMatched(guard);
            for (Route route : routes) {
                RouteRole[] roles = route.isPublic() ? new RouteRole[0] : new RouteRole[] {new Requires(route.role())};
                cfg.routes.addHttpHandler(route.method(), route.path(), route.handler(), roles);
            }
            cfg.routes.exception(HttpResponseException.class, problems::handle);
            cfg.routes.exception(Exception.class, problems::handle);
            cfg.requestLogger.http(log);
        });
    }

    /** The bound port (the chosen one when configured with 0); still answers after {@link #close()}. */
    public int port() {
        return port;
    }

    /** e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    /** The registered routes, in registration order (the OpenAPI document lists the same). */
    List<Route> routes() {
        return routes;
    }

    Javalin javalin() {
        return app;
    }

    /** Stops accepting, waits up to the shutdown timeout for in-flight requests, releases the port. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                app.stop();
            } finally {
                metrics.close();
            }
        }
    }
}
