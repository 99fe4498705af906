package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.InvalidJourneyException;
import io.marketpilot.engine.journey.JourneySaved;
import io.marketpilot.engine.journey.JourneyStatus;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeys create FILE}: validates and saves a journey (version 1, or the next version of an existing id). */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Saves a journey from a JSON file: a new journey as a draft, or the next version of an existing",
            "one (customers in it finish on the version they entered). Prints every problem if invalid; saves nothing."})
final class JourneysCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(paramLabel = "FILE", description = "The journey definition (JSON, docs/journeys.md).")
    Path file;

    @Override
    public Integer call() {
        Optional<Map<String, Object>> read = JourneyFile.readOrSay(file, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        Map<String, Object> definition = read.get();
        JourneySaved saved;
        try (Engine engine = data.open()) {
            saved = engine.journeys().save(definition);
        } catch (InvalidJourneyException e) {
            JourneyFile.printProblems(spec.commandLine().getErr(), file, e.problems(), "; nothing was saved");
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println((saved.created() ? "created journey " : "saved a new version of journey ")
                + saved.id() + ": version " + saved.version() + ", " + saved.status().wire()
                + (saved.status() == JourneyStatus.ACTIVE ? "" : " (start it with: marketpilot journeys activate "
                + saved.id() + ")"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
