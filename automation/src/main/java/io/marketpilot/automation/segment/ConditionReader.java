package io.marketpilot.automation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one condition node (and its children), adding every problem with its path; null when invalid. */
final class ConditionReader {
    static final int MAX_DEPTH = 32;
    private static final String KINDS = "all, any, not, trait, attribute, performed, first, segment";

    private final List<Problem> problems;
    /** Every segment reference read, valid tree or not, so that they are checked even beside other problems. */
    final List<SegmentRefs.Ref> refs = new ArrayList<>();
    private final FactReader facts;
    private final FilterReader filters;

    ConditionReader(List<Problem> problems) {
        this.problems = problems;
        this.facts = new FactReader(problems);
        this.filters = new FilterReader(problems);
    }

    Condition read(Object json, String path, int depth) {
        if (!(json instanceof Map<?, ?> node)) {
            return fail(path, "expected a condition object (one of " + KINDS + "), found " + JsonShapes.found(json));
        }
        if (depth >= MAX_DEPTH) {
            return fail(path, "conditions nest at most " + MAX_DEPTH + " deep; flatten with all/any");
        }
        if (node.containsKey("all") || node.containsKey("any")) {
            String key = node.containsKey("all") ? "all" : "any";
            JsonShapes.onlyKnown(node, Set.of(key), path, problems);
            List<Condition> children = children(node.get(key), path + "." + key, depth);
            return children == null ? null : key.equals("all") ? new Condition.All(children) : new Condition.Any(children);
        }
        if (node.containsKey("not")) {
            JsonShapes.onlyKnown(node, Set.of("not"), path, problems);
            Condition child = read(node.get("not"), path + ".not", depth + 1);
            return child == null ? null : new Condition.Not(child);
        }
        if (node.containsKey("trait")) {
            return facts.read(node, FactKind.TRAIT, path);
        }
        if (node.containsKey("attribute")) {
            return facts.read(node, FactKind.ATTRIBUTE, path);
        }
        if (node.containsKey("performed")) {
            return performed(node, path);
        }
        if (node.containsKey("first")) {
            return sequence(node, path);
        }
        if (node.containsKey("segment")) {
            JsonShapes.onlyKnown(node, Set.of("segment"), path, problems);
            Object id = node.get("segment");
            if (id instanceof String s && SegmentId.valid(s)) {
                refs.add(new SegmentRefs.Ref(new SegmentId(s), path + ".segment"));
                return new Condition.InSegment(new SegmentId(s));
            }
            return fail(path + ".segment", "expected a segment id, found " + JsonShapes.found(id));
        }
        return fail(path, "expected one of the fields " + KINDS + " saying what kind of condition this is, found "
                + node.keySet());
    }

    private List<Condition> children(Object raw, String path, int depth) {
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            fail(path, "expected a non-empty list of conditions, found " + JsonShapes.found(raw));
            return null;
        }
        List<Condition> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Condition c = read(list.get(i), path + "[" + i + "]", depth + 1);
            ok &= c != null;
            out.add(c);
        }
        return ok ? out : null;
    }

    private Condition performed(Map<?, ?> node, String path) {
        JsonShapes.onlyKnown(node, Set.of("performed", "measure", "op", "value", "window"), path, problems);
        EventFilter filter = filters.read(node.get("performed"), path + ".performed");
        Measure measure = measure(node.get("measure"), path + ".measure");
        Object rawOp = node.get("op");
        Optional<Compare> op = rawOp instanceof String s ? Compare.of(s) : Optional.empty();
        if (op.isEmpty()) {
            fail(path + ".op", "expected one of " + Compare.ACCEPTED + ", found " + JsonShapes.found(rawOp));
        }
        Object rawValue = node.get("value");
        if (!(rawValue instanceof Number)) {
            fail(path + ".value", "expected a number to compare the " + (measure == null ? "measure" : Measure.spell(measure))
                    + " with, found " + JsonShapes.found(rawValue));
        }
        Window window = window(node.get("window"), path + ".window");
        if (filter == null || measure == null || op.isEmpty() || !(rawValue instanceof Number n) || window == null) {
            return null;
        }
        return new Condition.Performed(filter, measure, op.get(), n.doubleValue(), window);
    }

    private Measure measure(Object raw, String path) {
        if (raw == null || "count".equals(raw)) {
            return new Measure.Count();
        }
        if ("quantity".equals(raw)) {
            return new Measure.Quantity();
        }
        if ("revenue".equals(raw)) {
            return new Measure.Revenue();
        }
        if (raw instanceof String s && s.startsWith("property:") && s.substring(9).matches("[A-Za-z0-9_]{1,64}")) {
            return new Measure.Property(s.substring(9));
        }
        fail(path, "expected count, quantity, revenue or property:<name> (letters, digits, _), found " + JsonShapes.found(raw));
        return null;
    }

    private Condition sequence(Map<?, ?> node, String path) {
        JsonShapes.onlyKnown(node, Set.of("first", "then", "not_then", "within", "window"), path, problems);
        boolean absent = node.containsKey("not_then");
        if (absent == node.containsKey("then")) {
            fail(path, "a sequence has exactly one of \"then\" (A then B) or \"not_then\" (A and not B)");
            return null;
        }
        EventFilter first = filters.read(node.get("first"), path + ".first");
        String thenKey = absent ? "not_then" : "then";
        EventFilter then = filters.read(node.get(thenKey), path + "." + thenKey);
        Window within = window(node.get("within"), path + ".within");
        Window window = window(node.get("window"), path + ".window");
        if (within != null && window != null && within.micros() >= window.micros()) {
            fail(path + ".within", "must be shorter than the window (" + window + "), found \"" + within + "\"");
            return null;
        }
        if (first == null || then == null || within == null || window == null) {
            return null;
        }
        return new Condition.Sequence(first, then, absent, within, window);
    }

    Window window(Object raw, String path) {
        Optional<Window> w = raw instanceof String s ? Window.parse(s) : Optional.empty();
        if (w.isEmpty() || w.get().micros() <= 0) {
            fail(path, "expected a duration like \"30d\" (a whole number and s, m, h, d or w), found " + JsonShapes.found(raw));
            return null;
        }
        if (w.get().micros() > Window.MAX_MICROS) {
            fail(path, "at most 3650d, found \"" + raw + "\"");
            return null;
        }
        return w.get();
    }

    private Condition fail(String path, String message) {
        problems.add(new Problem(path, message));
        return null;
    }
}
