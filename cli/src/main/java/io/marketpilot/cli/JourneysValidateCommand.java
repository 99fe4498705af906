package io.marketpilot.cli;

import io.marketpilot.automation.journey.JourneyParser;
import io.marketpilot.automation.segment.Problem;
import io.marketpilot.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeys validate FILE}: every problem of a definition with its JSON path, exit 1 if there is any. Checked
 * against the shop (its channels, coupons, segments) when the data directory exists; without one, the names the
 * file uses are taken as they are ({@link JourneyOfflineCatalogue}), template variables are still checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a journey definition and prints every problem with its JSON path (unknown step type,",
            "a next that names no step, unreachable steps, paths that never exit, unknown template variables, …).",
            "Names of channels, coupons and segments are checked against the shop when --data-dir holds one."})
final class JourneysValidateCommand implements Callable<Integer> {
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
        boolean shop = Files.isDirectory(data.path());
        List<Problem> problems;
        if (shop) {
            try (Engine engine = data.openExisting()) {
                problems = engine.journeys().validate(definition);
            }
        } else {
            problems = new JourneyParser().parse(definition, JourneyOfflineCatalogue.of(definition)).problems();
        }
        String against = shop ? " (checked against the shop in " + data.path() + ")"
                : " (no data directory: channel, coupon and segment names were not checked)";
        if (!problems.isEmpty()) {
            JourneyFile.printProblems(spec.commandLine().getErr(), file, problems, against);
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println(file + ": valid" + against);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
