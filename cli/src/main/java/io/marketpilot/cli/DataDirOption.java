package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.ConfigException;
import io.marketpilot.engine.config.ConfigFileLocation;
import io.marketpilot.engine.config.ConfigLoader;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.config.LoadedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --data-dir} and {@code --config}, shared by every command that opens the engine, and the one place the
 * engine is opened: the configuration (defaults &lt; file &lt; MARKETPILOT_* env &lt; flags) is loaded here first.
 */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "marketpilot-data",
            description = "Where MarketPilot keeps its data (default: marketpilot-data in the current directory).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: $MARKETPILOT_CONFIG, else DIR/marketpilot.yaml if present; "
                    + "docs/marketpilot.example.yaml lists every key).")
    Path configFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set any configuration key for this run, over the file and the environment, e.g. "
                    + "--set nlp.encoder.variant=fp32 or --set 'messaging.caps=[{per: day, max: 1}]' (repeatable).")
    List<String> settings = new ArrayList<>();

    private final List<ConfigLoader.Flag> commandFlags = new ArrayList<>();
    private LoadedConfig loaded;

    @Option(names = "--retrain-every", paramLabel = "DURATION",
            description = "Retrain recommendations on this interval while serving, e.g. 30m, 6h, 1d (default: never; "
                    + "`marketpilot train` or POST /v1/models/train retrain on demand).")
    String retrainEvery;

    @Option(names = "--experiment-holdout", paramLabel = "FRACTION",
            description = "Keep this fraction of all customers out of every experiment (global holdout, e.g. 0.05).")
    Double experimentHoldout;

    Path path() {
        return dataDir.toAbsolutePath().normalize();
    }

    /** For messages: which configuration file the last {@link #config()} read, if any. */
    String configDescription() {
        return loaded == null ? "not loaded" : loaded.file().map(f -> "config " + f).orElse("no config file");
    }

    /** A command's own flag that sets a configuration key (null value: not given, the configuration decides). */
    void flag(String key, String option, Object value) {
        if (value != null) {
            commandFlags.add(new ConfigLoader.Flag(key, option, String.valueOf(value)));
        }
    }

    /**
     * The effective configuration; a wrong one is a {@link ConfigException} listing every problem, a missing named
     * file an environment problem.
     */
    LoadedConfig config() {
        List<ConfigLoader.Flag> flags = new ArrayList<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq < 1) {
                throw new ParameterException(mixee.commandLine(), "--set: expected KEY=VALUE such as server.port=9000,"
                        + " found '" + s + "'");
            }
            flags.add(new ConfigLoader.Flag(s.substring(0, eq).strip(), "--set " + s.substring(0, eq).strip(),
                    s.substring(eq + 1)));
        }
        flags.addAll(commandFlags); // a command's own flags (--port) are the most specific
        if (retrainEvery != null) {
            flags.add(new ConfigLoader.Flag("recommend.retrain_every", "--retrain-every", retrainEvery));
        }
        if (experimentHoldout != null) {
            flags.add(new ConfigLoader.Flag("experiments.holdout", "--experiment-holdout",
                    String.valueOf(experimentHoldout)));
        }
        try {
            loaded = ConfigLoader.load(path(), ConfigFileLocation.resolve(configFile, System.getenv(), path()),
                    System.getenv(), flags);
            return loaded;
        } catch (ConfigException e) {
            if (e.unreadable()) {
                throw new EnvironmentProblem(e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Opens the engine, creating the data directory if needed; a bad configuration stops before anything is made. */
    Engine open() {
        EngineConfig config = config().config();
        Path dir = path();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EnvironmentProblem("cannot create the data directory " + dir + ": " + e, e);
        }
        return openAt(dir, config);
    }

    /** Opens the engine over data that must already exist (read-only commands do not create an empty store). */
    Engine openExisting() {
        EngineConfig config = config().config();
        Path dir = path();
        if (!Files.isDirectory(dir)) {
            throw new EnvironmentProblem("no MarketPilot data at " + dir
                    + " (use --data-dir, or create some with `marketpilot import` or `marketpilot demo`)");
        }
        return openAt(dir, config);
    }

    private Engine openAt(Path dir, EngineConfig config) {
        if (!Files.isWritable(dir)) {
            throw new EnvironmentProblem("the data directory " + dir + " is not writable");
        }
        try {
            // the composition root of the CLI: the one place the system clock enters the product
            return Engine.open(config, Clock.systemUTC());
        } catch (UnsupportedOperationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EnvironmentProblem("cannot open the data directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
