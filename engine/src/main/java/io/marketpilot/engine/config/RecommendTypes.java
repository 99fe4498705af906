package io.marketpilot.engine.config;

import java.util.List;
import java.util.Map;

/** Value types of the recommendation settings: event weights and placements. */
final class RecommendTypes {
    private static final String NAME = "a name of letters, digits, '_' or '-'";

    private RecommendTypes() {
    }

    /** {@code {view: 1, purchase: 5}}: event type → weight of a (customer, item) pair. */
    static ValueType<Map<String, Float>> eventWeights() {
        ValueType<Double> weight = ValueTypes.decimal(0, 1_000, false);
        ValueType<Float> asFloat = new ValueType<>() {
            @Override
            public Float read(ConfigNode node, String path, List<ConfigProblem> problems) {
                Double d = weight.read(node, path, problems);
                return d == null ? null : d.floatValue();
            }

            @Override
            public String yaml(Float value) {
                return ValueTypes.decimalText(Double.parseDouble(Float.toString(value)));
            }

            @Override
            public String expected() {
                return weight.expected();
            }
        };
        return new MapType<>(NAME, RecommendTypes::name, s -> s, asFloat, "{view: 1, purchase: 5}");
    }

    /** {@code {home: {rules: "in_stock=true", context_weight: 0}}}. */
    static ValueType<Map<String, RecommendConfig.Placement>> placements() {
        return new MapType<>(NAME, RecommendTypes::name, s -> s, new PlacementType(),
                "{home: {rules: \"\", context_weight: 0}}");
    }

    private static String name(String s) {
        return s.matches("[A-Za-z0-9_-]+") ? s : null;
    }

    private record PlacementType() implements ValueType<RecommendConfig.Placement> {
        @Override
        public RecommendConfig.Placement read(ConfigNode node, String path, List<ConfigProblem> problems) {
            return Fields.of(node, path, List.of("rules", "context_weight"), "{rules: \"\", context_weight: 2}",
                    problems).map(f -> {
                        String rules = f.optional("rules", ValueTypes.text(true), "");
                        Double weight = f.optional("context_weight", ValueTypes.decimal(0, 100, false), 0.0);
                        return f.ok() ? new RecommendConfig.Placement(rules, weight) : null;
                    }).orElse(null);
        }

        @Override
        public String yaml(RecommendConfig.Placement p) {
            return "{rules: " + ValueTypes.quoted(p.rules()) + ", context_weight: "
                    + ValueTypes.decimalText(p.contextWeight()) + "}";
        }

        @Override
        public String expected() {
            return "a placement such as {rules: \"in_stock=true\", context_weight: 2}";
        }
    }
}
