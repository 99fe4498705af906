package io.marketpilot.engine.config;

import io.marketpilot.core.event.EventType;
import io.marketpilot.recommend.registry.StandardAlgorithms;
import java.util.Arrays;
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
        List<String> types = Arrays.stream(EventType.values()).map(EventType::wireName).toList();
        return new MapType<>("an event type (" + String.join(", ", types) + ")",
                t -> EventType.fromWire(t).map(EventType::wireName).orElse(null), s -> s, asFloat,
                "{view: 1, purchase: 5}", types);
    }

    /** {@code [ials, item-knn]}: names of the shipped algorithms the hybrid can blend, each checked. */
    static ValueType<List<String>> models() {
        ValueType<List<String>> names = ValueTypes.textList(1);
        List<String> known = StandardAlgorithms.create(id -> null).names().stream()
                .filter(n -> !n.equals("hybrid")).toList();
        return new ValueType<>() {
            @Override
            public List<String> read(ConfigNode node, String path, List<ConfigProblem> problems) {
                List<String> out = names.read(node, path, problems);
                if (out == null || !(node instanceof ConfigNode.Sequence seq)) {
                    return out;
                }
                boolean ok = true;
                for (int i = 0; i < out.size(); i++) {
                    if (!known.contains(out.get(i))) {
                        problems.add(new ConfigProblem(seq.items().get(i).origin(), path + "[" + i + "]",
                                "unknown model '" + out.get(i) + "'" + NearestName.hint(out.get(i), known)));
                        ok = false;
                    }
                }
                return ok ? out : null;
            }

            @Override
            public String yaml(List<String> value) {
                return names.yaml(value);
            }

            @Override
            public boolean structured() {
                return true;
            }

            @Override
            public String expected() {
                return "a list of models such as [ials, item-knn]";
            }
        };
    }

    /** {@code {home: {rules: "in_stock=true", context_weight: 0}}}. */
    static ValueType<Map<String, RecommendConfig.Placement>> placements() {
        return new MapType<>(NAME, RecommendTypes::name, s -> s, new PlacementType(),
                "{home: {rules: \"\", context_weight: 0}}", List.of());
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
