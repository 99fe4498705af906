package io.marketpilot.engine.experiments;

import io.marketpilot.experiments.assignment.ExperimentDesign;
import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.report.ReportOptions;
import java.util.List;

/**
 * A validated experiment: its id and name, the decision it controls (free text such as
 * {@code recommendations.model}), the assignment design, the metrics (the first goal metric is primary) and how
 * its report decides.
 */
public record ExperimentDefinition(String id, String name, String decision, ExperimentDesign design,
        List<MetricDefinition> metrics, ReportOptions options) {
    public ExperimentDefinition {
        metrics = List.copyOf(metrics);
    }
}
