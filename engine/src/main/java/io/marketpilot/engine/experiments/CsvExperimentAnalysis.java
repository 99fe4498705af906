package io.marketpilot.engine.experiments;

import io.marketpilot.data.source.CsvFormat;
import io.marketpilot.data.source.ReadProblem;
import io.marketpilot.data.source.SourceReader;
import io.marketpilot.data.source.SourceRecord;
import io.marketpilot.data.source.SourceRow;
import io.marketpilot.data.source.Sources;
import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.report.ExperimentReport;
import io.marketpilot.experiments.report.MetricSpec;
import io.marketpilot.experiments.report.ReportBuilder;
import io.marketpilot.experiments.report.ReportOptions;
import io.marketpilot.experiments.stats.Moments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses an exposure-level CSV (one row per unit: its variant, metric values, optionally a pre-period covariate)
 * in one streaming pass into per-variant moments. A metric whose values are all 0 or 1 is a conversion (two
 * proportions, Beta-Binomial); any other is a mean (Welch, Gaussian). A ratio metric (Σ numerator / Σ denominator
 * over units, e.g. revenue per order) is analysed with the delta method. Equal weights unless given. Every bad
 * cell fails the analysis with its line and column.
 */
public final class CsvExperimentAnalysis {
    private CsvExperimentAnalysis() {
    }

    /** A ratio metric: its name and the numerator and denominator columns. */
    public record Ratio(String name, String numerator, String denominator) {
    }

    public record Request(Path input, String variantColumn, String control, List<String> metrics, List<Ratio> ratios,
            String covariate, Map<String, Double> weights, ReportOptions options) {
        public Request {
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
            ratios = ratios == null ? List.of() : List.copyOf(ratios);
            if (metrics.isEmpty() && ratios.isEmpty()) {
                throw new IllegalArgumentException("at least one --metric or --ratio is needed");
            }
            weights = weights == null ? Map.of() : Map.copyOf(weights);
        }
    }

    public static ExperimentReport run(Request request) {
        Map<String, Moments[]> byVariant = new LinkedHashMap<>();
        boolean[] binary = new boolean[request.metrics().size()];
        java.util.Arrays.fill(binary, true);
        try (SourceReader reader = Sources.csv(request.input(), CsvFormat.DEFAULT.withoutWireShaping())) {
            while (reader.hasNext()) {
                SourceRow row = reader.next();
                if (row instanceof ReadProblem problem) {
                    throw new IllegalArgumentException(reader.source() + " line " + problem.line() + ": " + problem.message());
                }
                SourceRecord record = (SourceRecord) row;
                String variant = text(record, request.variantColumn(), reader.source());
                int plain = request.metrics().size();
                Moments[] moments = byVariant.computeIfAbsent(variant, v -> fresh(plain + request.ratios().size()));
                double x = request.covariate() == null ? 0 : number(record, request.covariate(), reader.source());
                for (int m = 0; m < plain; m++) {
                    double y = number(record, request.metrics().get(m), reader.source());
                    binary[m] &= y == 0 || y == 1;
                    moments[m].add(y, x);
                }
                for (int k = 0; k < request.ratios().size(); k++) {
                    Ratio ratio = request.ratios().get(k);
                    moments[plain + k].add(number(record, ratio.numerator(), reader.source()),
                            number(record, ratio.denominator(), reader.source()));
                }
            }
        }
        if (!byVariant.containsKey(request.control())) {
            throw new IllegalArgumentException("control variant '" + request.control() + "' not found in column '"
                    + request.variantColumn() + "'; found " + byVariant.keySet());
        }
        List<String> variants = new ArrayList<>();
        variants.add(request.control());
        byVariant.keySet().stream().filter(v -> !v.equals(request.control())).forEach(variants::add);
        double[] weights = variants.stream().mapToDouble(v -> request.weights().getOrDefault(v, 1.0)).toArray();
        long[] exposures = variants.stream().mapToLong(v -> byVariant.get(v)[0].n()).toArray();
        List<MetricSpec> specs = new ArrayList<>();
        int plain = request.metrics().size();
        Moments[][] moments = new Moments[plain + request.ratios().size()][variants.size()];
        for (int m = 0; m < moments.length; m++) {
            specs.add(m < plain ? new MetricSpec(request.metrics().get(m),
                    binary[m] ? MetricDefinition.Type.CONVERSION : MetricDefinition.Type.MEAN, true, false)
                    : new MetricSpec(request.ratios().get(m - plain).name(), MetricDefinition.Type.RATIO, true, false));
            for (int v = 0; v < variants.size(); v++) {
                moments[m][v] = byVariant.get(variants.get(v))[m];
            }
        }
        return ReportBuilder.build(variants, weights, exposures, specs, moments, request.options());
    }

    private static Moments[] fresh(int metrics) {
        Moments[] m = new Moments[metrics];
        for (int i = 0; i < metrics; i++) {
            m[i] = new Moments();
        }
        return m;
    }

    private static String text(SourceRecord record, String column, String source) {
        Object value = record.fields().get(column);
        if (value == null) {
            throw new IllegalArgumentException(source + " line " + record.line() + ": column '" + column
                    + "' is missing or empty; columns are " + record.fields().keySet());
        }
        return value.toString().strip();
    }

    private static double number(SourceRecord record, String column, String source) {
        String text = text(record, column, source);
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the line and column
        }
        throw new IllegalArgumentException(source + " line " + record.line() + ": column '" + column
                + "' must be a finite number, found '" + text + "'");
    }
}
