package io.marketpilot.experiments.metrics;

import io.marketpilot.core.event.EventType;
import java.util.Objects;

/**
 * A metric measured on each exposed unit from the events after its first exposure, within {@code windowDays}
 * (0 = until the report). {@code CONVERSION}: 1 if the numerator is positive; {@code MEAN}: the numerator's sum;
 * {@code RATIO}: Σ numerator / Σ denominator over units (delta method). Values above the {@code winsorize}
 * percentile of the units with a non-zero value are capped (1 = no capping). A guardrail is a metric that must not
 * get significantly worse; {@code higherIsBetter} says which way is worse.
 */
public record MetricDefinition(String name, Type type, EventMeasure numerator, EventMeasure denominator,
        int windowDays, double winsorize, boolean higherIsBetter, boolean guardrail) {
    public enum Type { CONVERSION, MEAN, RATIO }

    public MetricDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(numerator, "numerator");
        if (name.isBlank()) {
            throw new IllegalArgumentException("metric name must not be blank");
        }
        if ((type == Type.RATIO) != (denominator != null)) {
            throw new IllegalArgumentException("metric '" + name + "': a denominator is required for ratio metrics"
                    + " and not allowed otherwise");
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("metric '" + name + "': window_days must be >= 0, found " + windowDays);
        }
        if (!(winsorize > 0.5 && winsorize <= 1)) {
            throw new IllegalArgumentException("metric '" + name + "': winsorize must be in (0.5, 1], found " + winsorize);
        }
    }

    /** Purchase within {@code days} of first exposure. */
    public static MetricDefinition conversion(int days) {
        return new MetricDefinition("conversion_" + days + "d", Type.CONVERSION, EventMeasure.count(EventType.PURCHASE),
                null, days, 1, true, false);
    }

    /** Revenue per exposed unit, capped at the 99th percentile of buyers. */
    public static MetricDefinition revenuePerUser() {
        return new MetricDefinition("revenue_per_user", Type.MEAN, EventMeasure.amount(EventType.PURCHASE), null, 0,
                0.99, true, false);
    }

    public static MetricDefinition ordersPerUser() {
        return new MetricDefinition("orders_per_user", Type.MEAN, EventMeasure.count(EventType.PURCHASE), null, 0, 1,
                true, false);
    }

    public static MetricDefinition averageOrderValue() {
        return new MetricDefinition("average_order_value", Type.RATIO, EventMeasure.amount(EventType.PURCHASE),
                EventMeasure.count(EventType.PURCHASE), 0, 1, true, false);
    }

    /** Clicks per impression on a placement (all placements when null). */
    public static MetricDefinition clickThroughRate(String placement) {
        return new MetricDefinition("ctr" + (placement == null ? "" : "_" + placement), Type.RATIO,
                new EventMeasure(EventType.CLICK, EventMeasure.Kind.COUNT, placement),
                new EventMeasure(EventType.IMPRESSION, EventMeasure.Kind.COUNT, placement), 0, 1, true, false);
    }

    /** Refunds per exposed unit: a guardrail, lower is better. */
    public static MetricDefinition refundsGuardrail() {
        return new MetricDefinition("refunds_per_user", Type.MEAN, EventMeasure.count(EventType.REFUND), null, 0, 1,
                false, true);
    }

    public MetricDefinition asGuardrail() {
        return new MetricDefinition(name, type, numerator, denominator, windowDays, winsorize, higherIsBetter, true);
    }
}
