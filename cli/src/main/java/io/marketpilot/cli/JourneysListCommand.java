package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneySummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code journeys list}: every journey with its latest version, status and the customers in it now. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the journeys.")
final class JourneysListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        List<JourneySummary> journeys;
        try (Engine engine = data.openExisting()) {
            journeys = engine.journeys().list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (journeys.isEmpty()) {
            out.println("no journeys (save one with: marketpilot journeys create journey.json)");
        } else {
            out.printf(Locale.ROOT, "%-32s %7s %-7s %10s  %s%n", "ID", "VERSION", "STATUS", "IN IT NOW", "NAME");
            for (JourneySummary j : journeys) {
                out.printf(Locale.ROOT, "%-32s %7d %-7s %,10d  %s%n", j.id(), j.latestVersion(), j.status().wire(),
                        j.activeRuns(), j.name());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
