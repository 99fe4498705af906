package io.marketpilot.experiments.report;

import io.marketpilot.experiments.metrics.MetricDefinition;

/** What a report needs to know about a metric: its name, how to test it, which way is better, guardrail or goal. */
public record MetricSpec(String name, MetricDefinition.Type type, boolean higherIsBetter, boolean guardrail) {
    public static MetricSpec of(MetricDefinition metric) {
        return new MetricSpec(metric.name(), metric.type(), metric.higherIsBetter(), metric.guardrail());
    }
}
