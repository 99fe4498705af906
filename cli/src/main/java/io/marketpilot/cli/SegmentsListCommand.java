package io.marketpilot.cli;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.segment.SegmentSummary;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code segments list}: every segment with its current size. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the segments with their sizes now.")
final class SegmentsListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        List<SegmentSummary> segments;
        try (Engine engine = data.openExisting()) {
            segments = engine.segments().list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (segments.isEmpty()) {
            out.println("no segments (create one with: marketpilot segments create --file segment.json)");
        } else {
            out.printf(Locale.ROOT, "%-32s %10s %-20s %s%n", "ID", "SIZE", "CREATED", "NAME");
            for (SegmentSummary s : segments) {
                out.printf(Locale.ROOT, "%-32s %10d %-20s %s%n", s.id(), s.size(),
                        s.createdAt().truncatedTo(ChronoUnit.SECONDS), s.name());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
