package io.marketpilot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code experiments}: validate the statistics by simulation and analyse exposure-level files. */
@Command(name = "experiments", mixinStandardHelpOptions = true,
        description = "A/B-test statistics: simulate (validate by A/A simulation) and analyze (a CSV of exposed units).",
        subcommands = {ExperimentsSimulateCommand.class, ExperimentsAnalyzeCommand.class,
            ExperimentsSampleSizeCommand.class})
final class ExperimentsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a subcommand: simulate or analyze");
    }
}
