package io.marketpilot.cli;

import io.marketpilot.automation.segment.Problem;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.segment.SegmentCreation;
import io.marketpilot.store.json.JsonCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segments create --file F | --json J}: validates, backfills and saves a segment. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Creates a segment from a JSON definition; prints every problem with its JSON path if invalid.")
final class SegmentsCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--file", paramLabel = "FILE", description = "A file holding the definition.")
        Path file;

        @Option(names = "--json", paramLabel = "JSON", description = "The definition itself.")
        String json;
    }

    @Override
    public Integer call() {
        Map<String, Object> definition;
        try {
            definition = JsonCodec.readObject(source.file != null ? Files.readString(source.file) : source.json);
        } catch (IOException e) {
            throw new EnvironmentProblem("cannot read " + source.file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("marketpilot: the definition is not valid JSON: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        SegmentCreation result;
        try (Engine engine = data.open()) {
            result = engine.segments().create(definition);
        }
        return switch (result) {
            case SegmentCreation.Rejected r -> {
                PrintWriter err = spec.commandLine().getErr();
                err.println("marketpilot: " + r.problems().size() + " problem(s); nothing was saved:");
                for (Problem p : r.problems()) {
                    err.println("  " + p);
                }
                err.flush();
                yield ExitCodes.FAILURE;
            }
            case SegmentCreation.Created c -> {
                spec.commandLine().getOut().printf(Locale.ROOT, "created segment %s with %d members (backfill %.2f s)%n",
                        c.segment().id(), c.segment().size(), c.backfillSeconds());
                yield ExitCodes.OK;
            }
        };
    }
}
