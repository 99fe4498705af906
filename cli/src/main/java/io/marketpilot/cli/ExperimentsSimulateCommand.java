package io.marketpilot.cli;

import io.marketpilot.experiments.simulation.AaReport;
import io.marketpilot.experiments.simulation.AaSimulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code experiments simulate --aa}: seeded A/A simulation checking the statistics engine against the targets. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs seeded A/A experiments and reports false-positive rates (fixed horizon, sequential with "
            + "peeking, naive peeking), 95%% interval coverage and the CUPED variance reduction, with the targets.")
final class ExperimentsSimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--aa", required = true, description = "Simulate A/A experiments (the only kind so far).")
    boolean aa;

    @Option(names = "--runs", defaultValue = "2000", description = "Experiments to simulate (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--peeks", defaultValue = "30", description = "Looks per experiment (default ${DEFAULT-VALUE}).")
    int peeks;

    @Option(names = "--units-per-arm", defaultValue = "10000", description = "Units per arm at the end (default ${DEFAULT-VALUE}).")
    int unitsPerArm;

    @Option(names = "--rho", defaultValue = "0.5", description = "Pre/post correlation of the covariate (default ${DEFAULT-VALUE}).")
    double rho;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON here (default: stdout).")
    Path output;

    record Result(AaReport measured, Targets targets) {
    }

    record Targets(boolean fixedHorizonFprWithin4To6Percent, boolean coverageWithin94To96Percent,
            boolean sequentialFprAtMost5Point5Percent, boolean cupedReductionAtLeast20Percent) {
    }

    @Override
    public Integer call() throws IOException {
        if (!(rho > -1 && rho < 1)) {
            throw new IllegalArgumentException("--rho must be in (-1, 1), found " + rho);
        }
        AaReport r = new AaSimulation(runs, peeks, unitsPerArm, rho, 0.1, 0.05, seed).run();
        Targets t = new Targets(between(r.fixedHorizonFalsePositiveRate(), 0.04, 0.06),
                between(r.intervalCoverage(), 0.94, 0.96), r.sequentialFalsePositiveRate() <= 0.055,
                r.cupedVarianceReduction() >= 0.2);
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            out.printf(Locale.ROOT, "fixed-horizon FPR %.2f%% · coverage %.2f%% · sequential FPR %.2f%% (naive peeking"
                    + " %.2f%%) · CUPED variance reduction %.1f%% (theory %.1f%%)%n",
                    100 * r.fixedHorizonFalsePositiveRate(), 100 * r.intervalCoverage(),
                    100 * r.sequentialFalsePositiveRate(), 100 * r.naivePeekingFalsePositiveRate(),
                    100 * r.cupedVarianceReduction(), 100 * r.cupedTheoreticalReduction());
        }
        JsonOutput.write(new Result(r, t), output, out);
        return ExitCodes.OK;
    }

    private static boolean between(double v, double lo, double hi) {
        return v >= lo && v <= hi;
    }
}
