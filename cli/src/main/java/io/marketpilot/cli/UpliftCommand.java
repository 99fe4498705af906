package io.marketpilot.cli;

import io.marketpilot.automation.uplift.HillstromRows;
import io.marketpilot.automation.uplift.UpliftData;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.uplift.UpliftService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code uplift train}: trains the uplift model on treatment/control data and serves it. */
@Command(name = "uplift", mixinStandardHelpOptions = true,
        description = "Trains the uplift model (who should get an offer) on treatment/control data, evaluates it on a"
            + " seeded held-out split, saves and serves it. Data: the Hillstrom e-mail campaign CSV.")
final class UpliftCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--hillstrom", required = true, description = "the Hillstrom MineThatData CSV")
    Path hillstrom;

    @Option(names = "--outcome", defaultValue = "visit", description = "visit or conversion (default visit)")
    String outcome;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the train/test split (default 42)")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        HillstromRows.Outcome which;
        try {
            which = HillstromRows.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("--outcome: expected visit or conversion, found " + outcome);
            return ExitCodes.USAGE;
        }
        if (!Files.isReadable(hillstrom)) {
            spec.commandLine().getErr().println("--hillstrom: cannot read " + hillstrom.toAbsolutePath());
            return ExitCodes.USAGE;
        }
        UpliftData rows;
        try (BufferedReader in = Files.newBufferedReader(hillstrom)) {
            rows = HillstromRows.read(in, which);
        }
        try (Engine engine = data.open()) {
            UpliftService.Trained t = engine.uplift().train(rows, 0.3, seed);
            out.printf(Locale.ROOT, "uplift version %d trained on %d rows, serving%n", t.version(), rows.size());
            out.printf(Locale.ROOT, "  held-out Qini %.4f, normalised AUUC %.4f; uplift in the top 30%% %.4f vs %.4f overall%n",
                    t.heldOut().qini(), t.heldOut().auucNormalised(), t.heldOut().upliftTop30(), t.heldOut().overallUplift());
            out.println("  features     " + String.join(", ", t.model().features()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
