package io.marketpilot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code journeys validate|list|create|activate|pause|migrate|report|customer}: the journey commands, one class each. */
@Command(name = "journeys", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Validates, saves, runs and reports journeys (the definition language is in docs/journeys.md).",
        subcommands = {JourneysValidateCommand.class, JourneysListCommand.class, JourneysCreateCommand.class,
            JourneysActivateCommand.class, JourneysPauseCommand.class, JourneysMigrateCommand.class,
            JourneysReportCommand.class, JourneysCustomerCommand.class})
final class JourneysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing a command: validate, list, create, activate, pause, migrate, report or customer");
    }
}
