package io.marketpilot.engine.experiments;

import io.marketpilot.core.validation.FieldError;
import io.marketpilot.experiments.assignment.ExperimentDesign;
import io.marketpilot.experiments.assignment.LayerRange;
import io.marketpilot.experiments.assignment.Variant;
import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.report.ReportOptions;
import io.marketpilot.experiments.stats.SrmCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an experiment definition document (the body of {@code POST /v1/experiments}; docs/api.md shows every
 * field) into an {@link ExperimentDefinition}, reporting all problems at once.
 */
public final class ExperimentDefinitions {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private ExperimentDefinitions() {
    }

    public static ExperimentDefinition read(Map<String, Object> doc) {
        DefinitionReader in = new DefinitionReader();
        String id = in.string(doc, "", "id", "x", true);
        if (!ID.matcher(id).matches()) {
            in.errors.add(new FieldError("id", "1-64 letters, digits, '_', '.', '-' starting with a letter or digit",
                    FieldError.describe(id)));
        }
        String name = in.string(doc, "", "name", id, false);
        String decision = in.string(doc, "", "decision", "", false);
        String salt = in.string(doc, "", "salt", id, false);
        String layer = in.string(doc, "", "layer", null, false);
        String segment = in.string(doc, "", "segment", null, false);
        double traffic = in.number(doc, "", "traffic", 1, 0.0001, 1);
        LayerRange range = layerRange(in, doc.get("layer_range"));
        List<Variant> variants = variants(in, in.list(doc, "", "variants", 2));
        List<MetricDefinition> metrics = new ArrayList<>();
        List<?> metricDocs = in.list(doc, "", "metrics", 1);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < metricDocs.size(); i++) {
            MetricDefinition m = MetricCatalogue.read(in, metricDocs.get(i), "metrics." + i);
            if (m != null && !names.add(m.name())) {
                in.errors.add(new FieldError("metrics." + i, "a metric name used once", FieldError.describe(m.name())));
            } else if (m != null) {
                metrics.add(m);
            }
        }
        double alpha = in.number(doc, "", "alpha", 0.05, 0.0001, 0.5);
        boolean sequential = in.bool(doc, "", "sequential", true);
        String correction = in.string(doc, "", "correction", "holm", false);
        if (!correction.equals("holm") && !correction.equals("bh")) {
            in.errors.add(new FieldError("correction", "holm or bh", FieldError.describe(correction)));
        }
        String allocation = in.string(doc, "", "allocation", "fixed", false);
        boolean thompson = allocation.equals("thompson");
        if (!thompson && !allocation.equals("fixed")) {
            in.errors.add(new FieldError("allocation", "fixed or thompson", FieldError.describe(allocation)));
        }
        MetricDefinition primary = metrics.stream().filter(m -> !m.guardrail()).findFirst().orElse(null);
        if (thompson && primary != null && primary.type() != MetricDefinition.Type.CONVERSION) {
            in.errors.add(new FieldError("allocation", "a conversion metric first when allocation is thompson",
                    FieldError.describe(primary.name())));
        }
        if (!in.errors.isEmpty()) {
            throw new InvalidExperimentException(in.errors);
        }
        try {
            ExperimentDesign design = new ExperimentDesign(salt, layer, range, traffic, segment, variants);
            ReportOptions options = new ReportOptions(alpha, sequential, correction.equals("holm")
                    ? ReportOptions.Correction.HOLM : ReportOptions.Correction.BENJAMINI_HOCHBERG, 10_000,
                    SrmCheck.DEFAULT_THRESHOLD);
            return new ExperimentDefinition(id, name, decision, design, metrics, options, thompson);
        } catch (IllegalArgumentException e) {
            throw new InvalidExperimentException(List.of(new FieldError("experiment", "a consistent definition",
                    e.getMessage())));
        }
    }

    private static LayerRange layerRange(DefinitionReader in, Object v) {
        if (v == null) {
            return LayerRange.WHOLE;
        }
        if (v instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number a && l.get(1) instanceof Number b
                && a.doubleValue() >= 0 && a.doubleValue() < b.doubleValue() && b.doubleValue() <= 1) {
            return new LayerRange(a.doubleValue(), b.doubleValue());
        }
        in.errors.add(new FieldError("layer_range", "[start, end] with 0 <= start < end <= 1", FieldError.describe(v)));
        return LayerRange.WHOLE;
    }

    private static List<Variant> variants(DefinitionReader in, List<?> docs) {
        List<Variant> variants = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            String path = "variants." + i + ".";
            Map<String, Object> v = in.object(docs.get(i), "variants." + i);
            String key = in.string(v, path, "key", "v" + i, true);
            if (!keys.add(key)) {
                in.errors.add(new FieldError(path + "key", "a key used once", FieldError.describe(key)));
            }
            double weight = in.number(v, path, "weight", 1, 1e-9, 1e9);
            Map<String, String> config = new LinkedHashMap<>();
            Object c = v.get("config");
            if (c != null) {
                in.object(c, path + "config").forEach((k, value) -> {
                    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                        config.put(k, String.valueOf(value));
                    } else {
                        in.errors.add(new FieldError(path + "config." + k, "a string, number or boolean",
                                FieldError.describe(value)));
                    }
                });
            }
            variants.add(new Variant(key, weight, config));
        }
        return variants;
    }
}
