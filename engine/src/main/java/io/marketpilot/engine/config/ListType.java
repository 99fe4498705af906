package io.marketpilot.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A list of values of one type, e.g. frequency caps; {@code []} or null is the empty list. Written in flow style. */
record ListType<T>(ValueType<T> items, String example) implements ValueType<List<T>> {
    @Override
    public List<T> read(ConfigNode node, String path, List<ConfigProblem> problems) {
        if (node instanceof ConfigNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof ConfigNode.Sequence seq)) {
            problems.add(new ConfigProblem(node.origin(), path, "expected " + expected() + ", found " + node.found()));
            return null;
        }
        List<T> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            T v = items.read(seq.items().get(i), path + "[" + i + "]", problems);
            ok &= v != null;
            out.add(v);
        }
        return ok ? List.copyOf(out) : null;
    }

    @Override
    public String yaml(List<T> value) {
        return value.stream().map(items::yaml).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public boolean structured() {
        return true;
    }

    @Override
    public String expected() {
        return "a list such as " + example + " ([] for none)";
    }
}
