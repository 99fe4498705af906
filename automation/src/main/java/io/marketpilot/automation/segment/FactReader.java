package io.marketpilot.automation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a trait or attribute comparison: {@code {"trait": "city", "op": "in", "value": ["上海", "北京"]}}. */
final class FactReader {
    private final List<Problem> problems;

    FactReader(List<Problem> problems) {
        this.problems = problems;
    }

    Condition read(Map<?, ?> node, FactKind kind, String path) {
        String key = kind.tag();
        JsonShapes.onlyKnown(node, Set.of(key, "op", "value"), path, problems);
        int before = problems.size();
        Object name = node.get(key);
        if (!(name instanceof String s) || s.isBlank()) {
            problems.add(new Problem(path + "." + key, "expected the " + key + " name, found " + JsonShapes.found(name)));
        }
        Object rawOp = node.get("op");
        Optional<FactOp> op = rawOp instanceof String s ? FactOp.of(s) : Optional.empty();
        if (op.isEmpty()) {
            problems.add(new Problem(path + ".op", "expected one of " + FactOp.ACCEPTED + ", found " + JsonShapes.found(rawOp)));
            return null;
        }
        Operand operand = operand(op.get(), node.containsKey("value"), node.get("value"), path + ".value");
        return problems.size() == before ? new Condition.Fact(kind, (String) name, op.get(), operand) : null;
    }

    private Operand operand(FactOp op, boolean present, Object v, String path) {
        return switch (op) {
            case EXISTS -> {
                if (present) {
                    problems.add(new Problem(path, "exists takes no value; wrap it in {\"not\": …} for \"missing\""));
                }
                yield new Operand.None();
            }
            case EQ, NE -> scalar(v, path, "a string, number or true/false");
            case LT, LE, GT, GE -> ordered(v, path);
            case CONTAINS -> {
                if (v instanceof String s && !s.isEmpty()) {
                    yield new Operand.Text(s);
                }
                yield fail(path, "expected a non-empty string (an element of a list trait, or a substring), found "
                        + JsonShapes.found(v));
            }
            case IN -> {
                if (!(v instanceof List<?> list) || list.isEmpty()) {
                    yield fail(path, "expected a non-empty list of strings, numbers or true/false, found " + JsonShapes.found(v));
                }
                List<Operand> values = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    values.add(scalar(list.get(i), path + "[" + i + "]", "a string, number or true/false"));
                }
                yield new Operand.Values(values);
            }
            case BETWEEN -> between(v, path);
        };
    }

    private Operand between(Object v, String path) {
        if (!(v instanceof List<?> list) || list.size() != 2) {
            return fail(path, "expected [low, high] (numbers, dates or {\"ago\": \"30d\"}), found " + JsonShapes.found(v));
        }
        Operand low = ordered(list.get(0), path + "[0]");
        Operand high = ordered(list.get(1), path + "[1]");
        if (low != null && high != null && low.getClass() != high.getClass()) {
            return fail(path, "both bounds must be numbers or both points in time");
        }
        if (low instanceof Operand.Number l && high instanceof Operand.Number h && l.value() > h.value()) {
            return fail(path, "low " + l.value() + " is above high " + h.value());
        }
        return new Operand.Range(low, high);
    }

    private Operand scalar(Object v, String path, String expected) {
        return switch (v) {
            case String s -> new Operand.Text(s);
            case Number n -> new Operand.Number(n.doubleValue());
            case Boolean b -> new Operand.Flag(b);
            case null, default -> fail(path, "expected " + expected + ", found " + JsonShapes.found(v));
        };
    }

    /** A number, an ISO date/instant, or {@code {"ago": "30d"}}. */
    private Operand ordered(Object v, String path) {
        if (v instanceof Number n) {
            return new Operand.Number(n.doubleValue());
        }
        if (v instanceof String s) {
            Optional<Long> micros = FactValues.date(s);
            if (micros.isPresent()) {
                return new Operand.When(Times.instant(micros.get()), null);
            }
        }
        if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("ago") instanceof String d) {
            Optional<Window> w = Window.parse(d);
            if (w.isPresent()) {
                return new Operand.When(null, w.get());
            }
            return fail(path + ".ago", "expected a duration like \"30d\", found " + JsonShapes.found(d));
        }
        return fail(path, "expected a number, a date (\"2025-01-31\" or an ISO instant) or {\"ago\": \"30d\"}, found "
                + JsonShapes.found(v));
    }

    private Operand fail(String path, String message) {
        problems.add(new Problem(path, message));
        return null;
    }
}
