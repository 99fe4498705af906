package io.marketpilot.cli;

import io.marketpilot.engine.experiments.CsvExperimentAnalysis;
import io.marketpilot.experiments.report.ExperimentReport;
import io.marketpilot.experiments.report.MetricResult;
import io.marketpilot.experiments.report.ReportOptions;
import io.marketpilot.experiments.stats.SrmCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code experiments analyze}: the report of an exposure-level CSV (one row per unit). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses a CSV with one row per exposed unit: lifts with intervals, CUPED with --covariate, "
            + "sequential and Bayesian views, SRM, Holm and Benjamini-Hochberg corrected p-values, verdicts.")
final class ExperimentsAnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV file (optionally .gz).")
    Path input;

    @Option(names = "--variant-column", required = true, paramLabel = "C", description = "Column naming the variant.")
    String variantColumn;

    @Option(names = "--control", required = true, paramLabel = "NAME", description = "The control variant's value.")
    String control;

    @Option(names = "--metric", paramLabel = "M",
            description = "Metric column (repeatable; the first is primary). 0/1 columns are conversions.")
    List<String> metrics;

    @Option(names = "--ratio", paramLabel = "NAME=NUM/DEN",
            description = "Ratio metric Σ NUM / Σ DEN over units, delta method (repeatable), e.g. aov=revenue/orders.")
    List<String> ratios;

    @Option(names = "--covariate", paramLabel = "X", description = "Pre-period covariate column for CUPED.")
    String covariate;

    @Option(names = "--weight", paramLabel = "VARIANT=W", description = "Planned weight of a variant (default 1 each).")
    Map<String, Double> weights;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--correction", defaultValue = "holm", description = "holm or bh (default ${DEFAULT-VALUE}).")
    String correction;

    @Option(names = "--sequential", description = "Decide on the always-valid sequential p-values (default: fixed horizon).")
    boolean sequential;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON report here (default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        ReportOptions.Correction c = switch (correction.toLowerCase(Locale.ROOT)) {
            case "holm" -> ReportOptions.Correction.HOLM;
            case "bh", "benjamini-hochberg" -> ReportOptions.Correction.BENJAMINI_HOCHBERG;
            default -> throw new IllegalArgumentException("--correction must be holm or bh, found '" + correction + "'");
        };
        ReportOptions options = new ReportOptions(alpha, sequential, c, 10_000, SrmCheck.DEFAULT_THRESHOLD);
        List<CsvExperimentAnalysis.Ratio> parsed = ratios == null ? List.of() : ratios.stream().map(r -> {
            int eq = r.indexOf('=');
            int slash = r.indexOf('/', eq + 1);
            if (eq < 1 || slash < eq + 2 || slash == r.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--ratio must look like NAME=NUM/DEN, found '" + r + "'");
            }
            return new CsvExperimentAnalysis.Ratio(r.substring(0, eq), r.substring(eq + 1, slash), r.substring(slash + 1));
        }).toList();
        if ((metrics == null || metrics.isEmpty()) && parsed.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one --metric or --ratio");
        }
        ExperimentReport report = CsvExperimentAnalysis.run(new CsvExperimentAnalysis.Request(input, variantColumn,
                control, metrics, parsed, covariate, weights, options));
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            printTable(out, report);
        }
        JsonOutput.write(report, output, out);
        return ExitCodes.OK;
    }

    private static void printTable(PrintWriter out, ExperimentReport r) {
        out.printf(Locale.ROOT, "SRM chi-square p = %.4f (%s)%n", r.srm().pValue(), r.srm().mismatch() ? "MISMATCH" : "ok");
        out.printf(Locale.ROOT, "%-12s %-16s %10s %10s %22s %10s %22s %10s %10s%n", "metric", "variant", "control",
                "variant", "lift (95% CI)", "p", "CUPED lift (95% CI)", "CUPED p", "Holm p");
        for (MetricResult m : r.metrics()) {
            out.printf(Locale.ROOT, "%-12s %-16s %10.4f %10.4f %22s %10.2g %22s %10s %10.2g%n", m.metric(), m.variant(),
                    m.fixedHorizon().control(), m.fixedHorizon().treatment(),
                    lift(m.fixedHorizon().relative(), m.fixedHorizon().relativeInterval().lower(),
                            m.fixedHorizon().relativeInterval().upper()), m.fixedHorizon().pValue(),
                    m.cuped() == null ? "-" : lift(m.cuped().relative(), m.cuped().relativeInterval().lower(),
                            m.cuped().relativeInterval().upper()),
                    m.cuped() == null ? "-" : String.format(Locale.ROOT, "%.2g", m.cuped().pValue()), m.holmP());
        }
        out.println(r.verdict());
    }

    private static String lift(double v, double lo, double hi) {
        return String.format(Locale.ROOT, "%+.1f%% [%+.1f, %+.1f]", 100 * v, 100 * lo, 100 * hi);
    }
}
