package io.marketpilot.cli;

import io.marketpilot.engine.journey.JourneyService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeys activate ID}: the journey starts entering customers on its latest version. */
@Command(name = "activate", mixinStandardHelpOptions = true,
        description = "Starts a journey: customers who meet its trigger from now on enter its latest version.")
final class JourneysActivateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(paramLabel = "ID", description = "The journey id.")
    String id;

    @Override
    public Integer call() {
        return JourneyStatusChange.run(spec, data, id, JourneyService::activate);
    }
}
