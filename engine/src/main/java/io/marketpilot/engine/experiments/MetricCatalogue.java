package io.marketpilot.engine.experiments;

import io.marketpilot.core.event.EventType;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.experiments.metrics.EventMeasure;
import io.marketpilot.experiments.metrics.MetricDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metrics by name ({@code conversion_7d}, {@code revenue_per_user}, {@code orders_per_user},
 * {@code average_order_value}, {@code ctr}, {@code ctr_<placement>}, {@code refunds_per_user}) or as a custom
 * object ({@code name, type, event, measure, denominator_event, denominator_measure, placement, window_days,
 * winsorize, higher_is_better, guardrail}).
 */
final class MetricCatalogue {
    static final String NAMES = "conversion_<days>d, revenue_per_user, orders_per_user, average_order_value, ctr,"
            + " ctr_<placement>, refunds_per_user";
    private static final Pattern CONVERSION = Pattern.compile("conversion_(\\d{1,3})d");

    private MetricCatalogue() {
    }

    static MetricDefinition read(DefinitionReader in, Object doc, String path) {
        if (doc instanceof String name) {
            MetricDefinition m = standard(name.strip());
            if (m == null) {
                in.errors.add(new FieldError(path, "one of " + NAMES + " or a metric object", FieldError.describe(name)));
            }
            return m;
        }
        Map<String, Object> o = in.object(doc, path);
        String p = path + ".";
        String name = in.string(o, p, "name", "metric", true);
        String type = in.string(o, p, "type", "mean", false).toLowerCase(Locale.ROOT);
        EventMeasure numerator = measure(in, o, p, "event", "measure", true);
        EventMeasure denominator = type.equals("ratio") ? measure(in, o, p, "denominator_event", "denominator_measure", true)
                : null;
        int window = (int) in.number(o, p, "window_days", 0, 0, 3650);
        double winsorize = in.number(o, p, "winsorize", 1, 0.5000001, 1);
        boolean higher = in.bool(o, p, "higher_is_better", true);
        boolean guardrail = in.bool(o, p, "guardrail", false);
        MetricDefinition.Type t = switch (type) {
            case "conversion" -> MetricDefinition.Type.CONVERSION;
            case "mean" -> MetricDefinition.Type.MEAN;
            case "ratio" -> MetricDefinition.Type.RATIO;
            default -> {
                in.errors.add(new FieldError(p + "type", "conversion, mean or ratio", FieldError.describe(type)));
                yield null;
            }
        };
        if (t == null || numerator == null || (t == MetricDefinition.Type.RATIO && denominator == null)) {
            return null;
        }
        return new MetricDefinition(name, t, numerator, denominator, window, winsorize, higher, guardrail);
    }

    private static EventMeasure measure(DefinitionReader in, Map<String, Object> o, String p, String eventKey,
            String measureKey, boolean required) {
        String event = in.string(o, p, eventKey, null, required);
        String measure = in.string(o, p, measureKey, "count", false).toLowerCase(Locale.ROOT);
        String placement = in.string(o, p, "placement", null, false);
        if (event == null) {
            return null;
        }
        EventType type = EventType.fromWire(event).orElse(null);
        if (type == null) {
            in.errors.add(new FieldError(p + eventKey, "one of " + EventType.ACCEPTED, FieldError.describe(event)));
            return null;
        }
        if (!measure.equals("count") && !measure.equals("amount")) {
            in.errors.add(new FieldError(p + measureKey, "count or amount", FieldError.describe(measure)));
            return null;
        }
        return new EventMeasure(type, measure.equals("count") ? EventMeasure.Kind.COUNT : EventMeasure.Kind.AMOUNT,
                placement);
    }

    static MetricDefinition standard(String name) {
        Matcher m = CONVERSION.matcher(name);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            return MetricDefinition.conversion(Integer.parseInt(m.group(1)));
        }
        return switch (name) {
            case "revenue_per_user" -> MetricDefinition.revenuePerUser();
            case "orders_per_user" -> MetricDefinition.ordersPerUser();
            case "average_order_value" -> MetricDefinition.averageOrderValue();
            case "ctr" -> MetricDefinition.clickThroughRate(null);
            case "refunds_per_user" -> MetricDefinition.refundsGuardrail();
            default -> name.startsWith("ctr_") && name.length() > 4 ? MetricDefinition.clickThroughRate(name.substring(4))
                    : null;
        };
    }
}
