package io.marketpilot.automation.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a segment definition from JSON-like values (maps, lists, strings, numbers, booleans) and validates it
 * whole: every problem is reported with its JSON path, and a definition is returned only when there is none.
 * Segment references must name existing segments and may not form a cycle.
 *
 * <pre>{@code
 * Parsed p = new DefinitionParser(existing::get).parse(json);
 * }</pre>
 */
public final class DefinitionParser {
    private static final Set<String> TOP = Set.of("id", "name", "description", "condition");

    private final Function<SegmentId, Optional<SegmentDefinition>> existing;

    /** {@code existing} looks up the segments a definition may reference. */
    public DefinitionParser(Function<SegmentId, Optional<SegmentDefinition>> existing) {
        this.existing = existing;
    }

    /** Parses a whole definition ({@code id}, {@code name}, {@code description}, {@code condition}). */
    public Parsed parse(Object json) {
        List<Problem> problems = new ArrayList<>();
        if (!(json instanceof Map<?, ?> object)) {
            problems.add(new Problem("$", "expected a JSON object with id, name and condition, found " + JsonShapes.found(json)));
            return new Parsed.Invalid(problems);
        }
        JsonShapes.onlyKnown(object, TOP, "$", problems);
        Object rawId = object.get("id");
        SegmentId id = null;
        if (rawId instanceof String s && SegmentId.valid(s)) {
            id = new SegmentId(s);
        } else {
            problems.add(new Problem("$.id", "expected an id of 1-64 characters a-z 0-9 - _ (e.g. \"phone-buyers\"),"
                    + " found " + JsonShapes.found(rawId)));
        }
        String name = text(object, "name", problems);
        String description = text(object, "description", problems);
        Condition condition = null;
        ConditionReader reader = new ConditionReader(problems);
        if (!object.containsKey("condition")) {
            problems.add(new Problem("$.condition", "missing; expected a condition object such as"
                    + " {\"trait\": \"city\", \"op\": \"=\", \"value\": \"上海\"}"));
        } else {
            condition = reader.read(object.get("condition"), "$.condition", 0);
        }
        references(id, reader.refs, problems);
        return problems.isEmpty() ? new Parsed.Valid(new SegmentDefinition(id, name, description, condition))
                : new Parsed.Invalid(problems);
    }

    private static String text(Map<?, ?> object, String key, List<Problem> problems) {
        Object v = object.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        problems.add(new Problem("$." + key, "expected a string, found " + JsonShapes.found(v)));
        return null;
    }

    /** Every referenced segment exists, and following references from {@code self} never comes back to it. */
    private void references(SegmentId self, List<SegmentRefs.Ref> refs, List<Problem> problems) {
        for (var ref : refs) {
            if (ref.segment().equals(self)) {
                problems.add(new Problem(ref.path(), "a segment cannot contain itself (\"" + self + "\")"));
                continue;
            }
            Optional<SegmentDefinition> target = existing.apply(ref.segment());
            if (target.isEmpty()) {
                problems.add(new Problem(ref.path(), "no segment \"" + ref.segment() + "\"; create it first"));
            } else if (self != null && reaches(target.get(), self, new LinkedHashSet<>())) {
                problems.add(new Problem(ref.path(), "referencing \"" + ref.segment() + "\" makes a cycle: it refers"
                        + " back to \"" + self + "\""));
            }
        }
    }

    private boolean reaches(SegmentDefinition from, SegmentId target, Set<SegmentId> seen) {
        if (!seen.add(from.id())) {
            return false;
        }
        for (var ref : SegmentRefs.direct(from.condition(), "$")) {
            if (ref.segment().equals(target)) {
                return true;
            }
            Optional<SegmentDefinition> next = existing.apply(ref.segment());
            if (next.isPresent() && reaches(next.get(), target, seen)) {
                return true;
            }
        }
        return false;
    }
}
