package io.marketpilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyReport;
import io.marketpilot.server.journeys.JourneyWire;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeys report ID [--json]}: entered, in each step, exited by reason, converted, holdout vs treated. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "How a journey does: entered, where customers are, why they left, conversions and the lift.")
final class JourneysReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(paramLabel = "ID", description = "The journey id.")
    String id;

    @Option(names = "--json", description = "Print the report as GET /v1/journeys/{id}/report answers it.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Optional<JourneyReport> report;
        try (Engine engine = data.openExisting()) {
            report = engine.journeys().report(id.strip());
        }
        if (report.isEmpty()) {
            spec.commandLine().getErr().println("marketpilot: no journey " + id + " (see `marketpilot journeys list`)");
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(JourneyWire.report(report.get())));
        } else {
            print(out, report.get());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, JourneyReport r) {
        out.printf(Locale.ROOT, "journey %s: entered %,d, in it now %,d, converted %,d within %s%n", r.id(),
                r.entered(), r.active(), r.converted(), JourneyWire.duration(r.attributionWindow()));
        out.println("  in step:   " + counts(r.inStep()));
        out.println("  exited by: " + counts(r.exitedBy()));
        out.printf(Locale.ROOT, "  treated:   %,d entered, %,d converted (%.1f%%); holdout: %,d entered, %,d converted"
                + " (%.1f%%)%n", r.treated().entered(), r.treated().converted(), 100 * r.treated().rate(),
                r.holdout().entered(), r.holdout().converted(), 100 * r.holdout().rate());
        r.effect().ifPresentOrElse(e -> out.printf(Locale.ROOT, "  lift:      %+.1f points [%+.1f, %+.1f] (95%%),"
                        + " relative %s, p = %.3f%n", 100 * e.absoluteLift(), 100 * e.absoluteLow(),
                        100 * e.absoluteHigh(), Double.isFinite(e.relativeLift())
                                ? String.format(Locale.ROOT, "%+.0f%%", 100 * e.relativeLift()) : "n/a", e.pValue()),
                () -> out.println("  lift:      not yet (needs customers in both the holdout and the treated group)"));
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : new TreeMap<>(counts).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
