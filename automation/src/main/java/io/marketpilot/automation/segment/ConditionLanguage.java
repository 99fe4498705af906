package io.marketpilot.automation.segment;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The segment condition language for other definitions that embed it (journey branches, event triggers): reads a
 * condition or an event filter at a JSON path, adding every problem to the caller's list. Null when invalid.
 */
public final class ConditionLanguage {
    private ConditionLanguage() {}

    /**
     * Reads a condition at {@code path}; every segment it references is told to {@code references} with the path
     * of the reference (so the caller checks it exists), valid tree or not.
     */
    public static Condition readCondition(Object json, String path, List<Problem> problems,
                                          BiConsumer<SegmentId, String> references) {
        ConditionReader reader = new ConditionReader(problems);
        Condition c = reader.read(json, path, 0);
        reader.refs.forEach(r -> references.accept(r.segment(), r.path()));
        return c;
    }

    /** Reads an event filter ({@code {"type": "purchase", "category": "手机"}}) at {@code path}. */
    public static EventFilter readFilter(Object json, String path, List<Problem> problems) {
        return new FilterReader(problems).read(json, path);
    }
}
