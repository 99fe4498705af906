package io.marketpilot.engine.config;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A mapping from names to values, e.g. {@code {email: {per_second: 5, burst: 20}}}: each name is checked by
 * {@code keyParse} (null or an exception when invalid; the nearest of {@code keyNames}, if any, is suggested), each
 * value by {@code values}. Written in flow style, sorted.
 */
record MapType<K, V>(String keyExpected, Function<String, K> keyParse, Function<K, String> keyFormat,
                     ValueType<V> values, String example, List<String> keyNames) implements ValueType<Map<K, V>> {
    @Override
    public Map<K, V> read(ConfigNode node, String path, List<ConfigProblem> problems) {
        if (node instanceof ConfigNode.Scalar s && s.isNull()) {
            return Map.of();
        }
        if (!(node instanceof ConfigNode.Mapping m)) {
            problems.add(new ConfigProblem(node.origin(), path, "expected " + expected() + ", found " + node.found()));
            return null;
        }
        Map<K, V> out = new LinkedHashMap<>();
        boolean ok = true;
        for (ConfigNode.Field f : m.fields().values()) {
            K key = parseKey(f.key());
            if (key == null) {
                problems.add(new ConfigProblem(f.keyOrigin(), path + "." + f.key(), "expected the key to be "
                        + keyExpected + ", found '" + f.key() + "'" + NearestName.to(f.key(), keyNames)
                        .map(n -> "; did you mean '" + n + "'?").orElse("")));
                ok = false;
                continue;
            }
            V v = values.read(f.value(), path + "." + f.key(), problems);
            ok &= v != null;
            out.put(key, v);
        }
        return ok ? Map.copyOf(out) : null;
    }

    private K parseKey(String text) {
        try {
            return keyParse.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String yaml(Map<K, V> value) {
        return value.entrySet().stream()
                .sorted(Comparator.comparing(e -> keyFormat.apply(e.getKey())))
                .map(e -> ValueTypes.quoted(keyFormat.apply(e.getKey())) + ": " + values.yaml(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    @Override
    public boolean structured() {
        return true;
    }

    @Override
    public String expected() {
        return "a mapping such as " + example + " ({} for none)";
    }
}
