package io.marketpilot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code config}: check and show marketpilot.yaml with the environment and flags over it (each subcommand its own file). */
@Command(name = "config", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"The configuration: defaults < file (--config, $MARKETPILOT_CONFIG or DIR/marketpilot.yaml)"
                + " < MARKETPILOT_* environment < flags."},
        subcommands = {ConfigCheckCommand.class, ConfigShowCommand.class})
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a config command (check or show)");
    }
}
