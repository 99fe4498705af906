package io.marketpilot.automation.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code exit_rules}, {@code re_entry}, {@code limits} and {@code goal}. */
final class PolicyReader {
    private PolicyReader() {}

    static List<ExitRule> exitRules(JsonObject o) {
        List<ExitRule> out = new ArrayList<>();
        Object raw = o.raw("exit_rules");
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof List<?> list)) {
            o.fail("exit_rules", "expected a list of {\"reason\": \"purchased\", \"event\": {\"type\": \"purchase\"}},"
                    + " found " + JsonObject.found(raw));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonObject r = JsonObject.of(list.get(i), o.at("exit_rules") + "[" + i + "]", o.problems,
                    "an exit rule object with reason and event");
            if (r == null) {
                continue;
            }
            r.onlyKnown(Set.of("reason", "event", "properties"));
            String reason = r.text("reason", true, "a short reason, e.g. \"purchased\"");
            EventMatch m = MatchReader.read(r);
            if (reason != null && m != null) {
                out.add(new ExitRule(reason, m));
            }
        }
        return out;
    }

    static ReEntry reEntry(JsonObject o) {
        Object raw = o.raw("re_entry");
        if (raw == null || "never".equals(raw)) {
            return new ReEntry.Never();
        }
        if ("always".equals(raw)) {
            return new ReEntry.Always();
        }
        if (raw instanceof java.util.Map<?, ?>) {
            JsonObject r = JsonObject.of(raw, o.at("re_entry"), o.problems, "");
            r.onlyKnown(Set.of("after"));
            Duration gap = Durations.read(r, "after");
            return gap == null ? null : new ReEntry.After(gap);
        }
        o.fail("re_entry", "expected \"never\", \"always\" or {\"after\": \"7d\"}, found " + JsonObject.found(raw));
        return null;
    }

    static Limits limits(JsonObject o) {
        if (!o.has("limits")) {
            return Limits.NONE;
        }
        JsonObject l = JsonObject.of(o.raw("limits"), o.at("limits"), o.problems,
                "an object with max_concurrent_runs and/or max_entries_per_customer");
        if (l == null) {
            return null;
        }
        l.onlyKnown(Set.of("max_concurrent_runs", "max_entries_per_customer"));
        Integer runs = l.integer("max_concurrent_runs", 0, Integer.MAX_VALUE, 0);
        Integer entries = l.integer("max_entries_per_customer", 0, Integer.MAX_VALUE, 0);
        return runs == null || entries == null ? null : new Limits(runs, entries);
    }

    static ConversionGoal goal(JsonObject o) {
        if (!o.has("goal")) {
            return null;
        }
        JsonObject g = JsonObject.of(o.raw("goal"), o.at("goal"), o.problems,
                "an object like {\"event\": {\"type\": \"purchase\"}, \"window\": \"7d\"}");
        if (g == null) {
            return null;
        }
        g.onlyKnown(Set.of("event", "properties", "window"));
        EventMatch m = MatchReader.read(g);
        Duration window = Durations.read(g, "window");
        return m == null || window == null ? null : new ConversionGoal(m, window);
    }
}
