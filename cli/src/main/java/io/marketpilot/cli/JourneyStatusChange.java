package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyService;
import io.marketpilot.engine.journey.JourneyView;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code journeys activate} and {@code journeys pause} share: switch the journey, print its status. */
final class JourneyStatusChange {
    private JourneyStatusChange() {}

    static int run(CommandSpec spec, DataDirOption data, String id,
                   BiFunction<JourneyService, String, JourneyView> change) {
        JourneyView view;
        try (Engine engine = data.openExisting()) {
            view = change.apply(engine.journeys(), id.strip());
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
