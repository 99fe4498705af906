package io.marketpilot.cli;

import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.access.ApiKeyStore.NewApiKey;
import io.marketpilot.core.access.Role;
import io.marketpilot.engine.Engine;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code keys create|list|revoke}: API keys in the data directory's key store (only hashes are stored). */
@Command(name = "keys", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Creates, lists and revokes API keys (roles: admin > ingest > read).")
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: create, list or revoke");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a key and prints its secret once (it cannot be shown again).")
    int create(@Mixin DataDirOption data,
               @Option(names = "--name", required = true, paramLabel = "NAME", description = "What the key is for.")
               String name,
               @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleConverter.class,
                       description = "admin, ingest or read.") Role role) {
        if (name.isBlank()) {
            throw new ParameterException(spec.commandLine().getSubcommands().get("create"), "--name must not be blank");
        }
        NewApiKey created;
        try (Engine engine = data.open()) {
            created = engine.apiKeys().create(name.strip(), role);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("created " + created.key().role().wireName() + " key " + created.key().id()
                + " (" + created.key().name() + ")");
        out.println("secret: " + created.secret());
        out.println("the secret is shown only now; send it as 'Authorization: Bearer <secret>'");
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the keys (never their secrets).")
    int list(@Mixin DataDirOption data) {
        List<ApiKey> keys;
        try (Engine engine = data.openExisting()) {
            keys = engine.apiKeys().list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (keys.isEmpty()) {
            out.println("no API keys (create one with: marketpilot keys create --name NAME --role admin)");
        } else {
            out.printf(Locale.ROOT, "%-24s %-7s %-24s %s%n", "ID", "ROLE", "CREATED", "NAME");
            for (ApiKey k : keys) {
                out.printf(Locale.ROOT, "%-24s %-7s %-24s %s%n", k.id(), k.role().wireName(),
                        k.createdAt().truncatedTo(ChronoUnit.SECONDS), k.name());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key: it stops working at once.")
    int revoke(@Mixin DataDirOption data,
               @Parameters(paramLabel = "ID", description = "The key's id, as `keys list` shows it.") String id) {
        boolean revoked;
        try (Engine engine = data.openExisting()) {
            revoked = engine.apiKeys().revoke(id.strip());
        }
        if (!revoked) {
            spec.commandLine().getErr().println("marketpilot: no active key with id " + id + " (see `marketpilot keys list`)");
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("revoked key " + id);
        return ExitCodes.OK;
    }

    /** Accepts admin, ingest or read, in any case. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Role.fromWire(value).orElseThrow(() ->
                    new TypeConversionException("expected admin, ingest or read, found \"" + value + "\""));
        }
    }
}
