package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyView;
import java.util.NoSuchElementException;
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
        JourneyView view;
        try (Engine engine = data.openExisting()) {
            view = engine.journeys().pause(id.strip());
        } catch (NoSuchElementException e) {
            spec.commandLine().getErr().println("marketpilot: no journey " + id + " (see `marketpilot journeys list`)");
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("journey " + view.id() + " version " + view.latestVersion() + " is "
                + view.status().wire());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
