package io.marketpilot.features.profile;

import java.util.Collection;
import java.util.Map;

/**
 * How two values of one trait combine (a new statement, or two profiles merging). Every strategy is commutative and
 * associative, so the result never depends on the order statements or merges arrive in.
 */
public enum MergeStrategy {
    /** The value stated last wins (ties: the larger value's text, to stay deterministic). */
    MOST_RECENT,
    /** The value stated first wins. */
    OLDEST,
    /** A non-empty value beats null, "" and empty collections; between two non-empty ones, the most recent. */
    NON_EMPTY,
    /** Numbers add up; a non-number falls back to most-recent. */
    SUM;

    TraitValue combine(TraitValue a, TraitValue b) {
        return switch (this) {
            case MOST_RECENT -> recent(a, b);
            case OLDEST -> a.at() < b.at() ? a : b.at() < a.at() ? b : tie(a, b);
            case NON_EMPTY -> empty(a.value()) && !empty(b.value()) ? b
                    : empty(b.value()) && !empty(a.value()) ? a : recent(a, b);
            case SUM -> a.value() instanceof Number x && b.value() instanceof Number y
                    ? new TraitValue(add(x, y), Math.max(a.at(), b.at())) : recent(a, b);
        };
    }

    private static TraitValue recent(TraitValue a, TraitValue b) {
        return a.at() > b.at() ? a : b.at() > a.at() ? b : tie(a, b);
    }

    private static TraitValue tie(TraitValue a, TraitValue b) {
        return String.valueOf(a.value()).compareTo(String.valueOf(b.value())) >= 0 ? a : b;
    }

    private static Number add(Number x, Number y) {
        boolean integral = (x instanceof Long || x instanceof Integer) && (y instanceof Long || y instanceof Integer);
        return integral ? (Number) (x.longValue() + y.longValue()) : (Number) (x.doubleValue() + y.doubleValue());
    }

    static boolean empty(Object v) {
        return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }
}
