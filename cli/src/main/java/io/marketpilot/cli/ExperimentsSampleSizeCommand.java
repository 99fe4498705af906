package io.marketpilot.cli;

import io.marketpilot.experiments.stats.SampleSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code experiments sample-size}: units per variant needed to detect a lift before an experiment starts, for a
 * conversion rate ({@code --baseline 0.05 --mde 0.005}) or a mean ({@code --sd 40 --mde 2}); with
 * {@code --units N} also the power that N units per variant give a mean metric.
 */
@Command(name = "sample-size", mixinStandardHelpOptions = true,
        description = "Units per variant to detect an absolute lift (two-sided test, equal groups).")
final class ExperimentsSampleSizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Metric metric;

    static final class Metric {
        @Option(names = "--baseline", paramLabel = "RATE", description = "Control conversion rate, e.g. 0.05.")
        Double baseline;

        @Option(names = "--sd", paramLabel = "SD", description = "Standard deviation of a mean metric per unit.")
        Double sd;
    }

    @Option(names = "--mde", paramLabel = "LIFT", required = true,
            description = "Smallest absolute lift worth detecting, e.g. 0.005 (rate) or 2.0 (mean).")
    double mde;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--power", defaultValue = "0.8", description = "Wanted power (default ${DEFAULT-VALUE}).")
    double power;

    @Option(names = "--units", paramLabel = "N", description = "Also report the power of N units per variant (means).")
    Long units;

    record Answer(String metric, double mde, double alpha, double power, long unitsPerVariant, Double powerAtUnits) {
    }

    @Override
    public Integer call() throws IOException {
        Answer answer;
        try {
            if (metric.baseline != null) {
                if (units != null) {
                    throw new ParameterException(spec.commandLine(), "--units goes with --sd (mean metrics)");
                }
                answer = new Answer("conversion", mde, alpha, power,
                        SampleSize.perGroupForProportions(metric.baseline, mde, alpha, power), null);
            } else {
                answer = new Answer("mean", mde, alpha, power, SampleSize.perGroupForMeans(metric.sd, mde, alpha, power),
                        units == null ? null : SampleSize.powerForMeans(units, metric.sd, mde, alpha));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonOutput.write(answer, null, out);
        return ExitCodes.OK;
    }
}
