package io.marketpilot.cli;

import io.marketpilot.core.access.ApiKeyStore.NewApiKey;
import io.marketpilot.core.access.Role;
import io.marketpilot.engine.Engine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the REST API over one data directory until SIGTERM or Ctrl-C. Never serves without
 * authentication: with no {@code --api-key} and an empty key store it creates an admin key and prints it once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API until Ctrl-C or SIGTERM, which stop it gracefully.",
            "Every request needs an API key. With no --api-key and no stored keys, an admin key is created and",
            "printed once."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to listen on (default server.host, 127.0.0.1; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port to listen on (default server.port, 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:MARKETPILOT_API_KEY}",
            description = "An admin secret accepted besides the stored keys (default: $MARKETPILOT_API_KEY).")
    String apiKey;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--port: expected 0 to 65535, found " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        data.flag("server.host", "--host", host);
        data.flag("server.port", "--port", port);
        Engine engine = data.open();
        ApiEndpoint api;
        try {
            String adminKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
            if (adminKey == null && engine.apiKeys().list().isEmpty()) {
                NewApiKey created = engine.apiKeys().create("admin (created by serve)", Role.ADMIN);
                out.println("no API keys existed: created admin key " + created.key().id());
                out.println("  secret: " + created.secret());
                out.println("  shown only now; more keys: marketpilot keys create --name NAME --role admin|ingest|read");
            }
            api = ApiEndpoint.start(engine, engine.config().server().host(), engine.config().server().port(), adminKey);
            engine.startScheduledRetraining();
            engine.profiles().load(); // profiles are rebuilt from the event log before the first request
            engine.messaging().start();
            engine.journeys().start(engine.config().journeys().timerEvery());
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        out.println("listening on " + api.url() + " (data " + data.path() + "; " + data.configDescription()
                + "; Ctrl-C stops)");
        out.flush();
        api.stopOnShutdown(engine);
        api.awaitShutdown();
        return ExitCodes.OK;
    }
}
