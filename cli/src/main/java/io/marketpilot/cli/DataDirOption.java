package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** {@code --data-dir}, shared by every command that opens the engine, and the one place the engine is opened. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "marketpilot-data",
            description = "Where MarketPilot keeps its data (default: marketpilot-data in the current directory).")
    Path dataDir;

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

    /** Opens the engine, creating the data directory if needed. */
    Engine open() {
        Path dir = path();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EnvironmentProblem("cannot create the data directory " + dir + ": " + e, e);
        }
        return openAt(dir);
    }

    /** Opens the engine over data that must already exist (read-only commands do not create an empty store). */
    Engine openExisting() {
        Path dir = path();
        if (!Files.isDirectory(dir)) {
            throw new EnvironmentProblem("no MarketPilot data at " + dir
                    + " (use --data-dir, or create some with `marketpilot import` or `marketpilot demo`)");
        }
        return openAt(dir);
    }

    private Engine openAt(Path dir) {
        if (!Files.isWritable(dir)) {
            throw new EnvironmentProblem("the data directory " + dir + " is not writable");
        }
        try {
            // the composition root of the CLI: the one place the system clock enters the product
            EngineConfig config = EngineConfig.at(dir);
            if (retrainEvery != null) {
                config = config.withRecommend(config.recommend()
                        .withRetrainEvery(DurationOption.parse("--retrain-every", retrainEvery)));
            }
            if (experimentHoldout != null) {
                config = config.withExperiments(new EngineConfig.ExperimentsConfig(experimentHoldout, null));
            }
            return Engine.open(config, Clock.systemUTC());
        } catch (UnsupportedOperationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EnvironmentProblem("cannot open the data directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
