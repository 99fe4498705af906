package io.marketpilot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code segments list|create|members|discover}: the segment commands, one class each. */
@Command(name = "segments", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Creates and inspects segments (the condition language is in docs/segments.md).",
        subcommands = {SegmentsListCommand.class, SegmentsCreateCommand.class, SegmentsMembersCommand.class,
            SegmentsDiscoverCommand.class})
final class SegmentsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: list, create, members or discover");
    }
}
