package io.marketpilot.cli;

import io.marketpilot.engine.journey.JourneyService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeys pause ID}: the journey stops entering customers and its runs stop moving until activated again. */
@Command(name = "pause", mixinStandardHelpOptions = true,
        description = "Pauses a journey: nobody enters and runs wait where they are until it is activated again.")
final class JourneysPauseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(paramLabel = "ID", description = "The journey id.")
    String id;

    @Override
    public Integer call() {
        return JourneyStatusChange.run(spec, data, id, JourneyService::pause);
    }
}
