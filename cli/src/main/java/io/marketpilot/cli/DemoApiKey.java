package io.marketpilot.cli;

import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.access.ApiKeyStore.NewApiKey;
import io.marketpilot.core.access.Role;
import io.marketpilot.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The demo's admin key. The secret is kept in {@code <data-dir>/demo-api-key} (owner-readable only) so
 * every demo run over the same data shows the same key; it is replaced when it no longer authenticates.
 */
final class DemoApiKey {
    static final String FILE = "demo-api-key";

    private DemoApiKey() {}

    /** The secret and whether it was created now. */
    record Secret(String value, boolean createdNow) {}

    static Secret ensure(Engine engine, Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
                Optional<ApiKey> key = engine.apiKeys().authenticate(secret);
                if (key.isPresent() && key.get().role() == Role.ADMIN) {
                    return new Secret(secret, false);
                }
            }
            NewApiKey created = engine.apiKeys().create("demo", Role.ADMIN);
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, created.secret() + "\n", StandardCharsets.UTF_8);
            return new Secret(created.secret(), true);
        } catch (IOException e) {
            throw new EnvironmentProblem("cannot keep the demo API key in " + file + ": " + e, e);
        }
    }
}
