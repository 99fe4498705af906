package io.marketpilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyMigrated;
import io.marketpilot.server.journeys.JourneyMigrationResource;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeys migrate ID --from V --to W [--map OLD=NEW ...] [--dry-run]}: moves waiting runs to a version. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Moves the customers waiting in version V of a journey to version W, all or none. A step maps",
            "to the step of the same id unless --map says otherwise; steps that cannot be mapped are listed with",
            "their runs and nothing moves. Wake-ups stay when the new step has the same timing, else they are",
            "recomputed from when the run entered its step; actions already decided are not decided again."})
final class JourneysMigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(paramLabel = "ID", description = "The journey id.")
    String id;

    @Option(names = "--from", required = true, paramLabel = "V", description = "The version whose runs move.")
    int from;

    @Option(names = "--to", required = true, paramLabel = "W", description = "The version they move to.")
    int to;

    @Option(names = "--map", paramLabel = "OLD=NEW", description = "A step of V and the step of W its runs go to.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Print what would happen; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as POST /v1/journeys/{id}/migrate answers it.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        JourneyMigrated r;
        try (Engine engine = data.openExisting()) {
            r = engine.journeys().migrate(id.strip(), from, to, map, dryRun);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("marketpilot: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (r.refused()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("marketpilot: journey " + r.journey() + ": the migration from v" + r.from() + " to v" + r.to()
                    + " is refused; nothing moved:");
            r.blockers().forEach(b -> err.println("  " + b.step() + " (" + b.runs() + " run(s)): " + b.reason()));
            err.flush();
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(JourneyMigrationResource.wire(r)));
        } else {
            out.printf(Locale.ROOT, "journey %s: %s %,d run(s) from v%d to v%d%s%n", r.journey(),
                    r.dryRun() ? "would migrate" : "migrated", r.migrated(), r.from(), r.to(),
                    r.dryRun() ? " (dry run: nothing changed)" : "");
            r.moves().forEach(m -> out.printf(Locale.ROOT, "  %s -> %s: %,d run(s)%s%n", m.fromStep(), m.toStep(),
                    m.runs(), m.retimed() == 0 ? "" : ", " + m.retimed() + " with a new wake-up"));
            if (r.staying() > 0) {
                out.printf(Locale.ROOT, "  %,d exited run(s) stay on v%d until their attribution window ends%n",
                        r.staying(), r.from());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
