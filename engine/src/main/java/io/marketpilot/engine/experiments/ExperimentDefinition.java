package io.marketpilot.engine.experiments;

import io.marketpilot.experiments.assignment.ExperimentDesign;
import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.report.ReportOptions;
import java.util.List;

/**
 * A validated experiment: its id and name, the decision it controls (free text such as
 * {@code recommendations.model}), the assignment design, the metrics (the first goal metric is primary), how
 * its report decides, and whether traffic is allocated by a Thompson-sampling bandit on the primary conversion
 * metric instead of the fixed weights.
 */
public record ExperimentDefinition(String id, String name, String decision, ExperimentDesign design,
        List<MetricDefinition> metrics, ReportOptions options, boolean thompson) {
    public ExperimentDefinition {
        metrics = List.copyOf(metrics);
    }
}
