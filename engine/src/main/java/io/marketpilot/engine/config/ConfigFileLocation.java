package io.marketpilot.engine.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which configuration file applies: the one named by {@code --config}, else by {@code $MARKETPILOT_CONFIG}, else
 * {@code <data-dir>/marketpilot.yaml} when it exists, else none (code defaults, env and flags only). A file that is
 * named explicitly must exist.
 */
public final class ConfigFileLocation {
    /** The file the data directory may hold. */
    public static final String FILE_NAME = "marketpilot.yaml";
    public static final String ENV_VARIABLE = "MARKETPILOT_CONFIG";

    private ConfigFileLocation() {
    }

    /** @throws ConfigException (unreadable) when an explicitly named file does not exist */
    public static Optional<Path> resolve(Path explicit, Map<String, String> env, Path dataDir) {
        if (explicit != null) {
            return Optional.of(mustExist(explicit, "--config"));
        }
        String named = env.get(ENV_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(mustExist(Path.of(named.strip()), ENV_VARIABLE));
        }
        Path inData = dataDir.resolve(FILE_NAME);
        return Files.isRegularFile(inData) ? Optional.of(inData) : Optional.empty();
    }

    private static Path mustExist(Path file, String namedBy) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(List.of(new ConfigProblem(new Origin.File(file.toString(), 0), "",
                    "no such configuration file (named by " + namedBy + "; docs/marketpilot.example.yaml is a"
                            + " commented one to copy)")), true);
        }
        return file;
    }
}
