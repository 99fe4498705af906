package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Condition;
import io.marketpilot.automation.segment.ConditionLanguage;
import io.marketpilot.automation.segment.Problem;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code steps} list. Besides the steps it records where each one is ({@link #pathOf}), every reference
 * to a next step ({@link #refs}) and every template variable used ({@link #uses}), for the whole-journey checks.
 */
final class StepReader {
    static final String TYPES = "wait, wait_until, wait_for_event, branch, split, send_message, issue_coupon,"
            + " call_webhook, set_trait, add_to_segment, remove_from_segment, exit";
    private static final String STEP_ID = "[a-z0-9][a-z0-9_-]{0,63}";

    /** A reference to a step ({@code next}, {@code then}, …) at a JSON path. */
    record Ref(String from, String to, String path) {}

    /** A template variable a step needs: {@code dataOnly} ones must be journey variables (a template's data.*). */
    record Use(String step, String variable, String path, boolean dataOnly) {}

    final Map<String, Step> steps = new LinkedHashMap<>();
    final Map<String, String> pathOf = new LinkedHashMap<>();
    final List<Ref> refs = new ArrayList<>();
    final List<Use> uses = new ArrayList<>();
    private final List<Problem> problems;
    private final JourneyCatalogue known;

    StepReader(List<Problem> problems, JourneyCatalogue known) {
        this.problems = problems;
        this.known = known;
    }

    void read(Object raw, String path) {
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            problems.add(new Problem(path, "expected a non-empty list of steps, found " + JsonObject.found(raw)));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonObject o = JsonObject.of(list.get(i), path + "[" + i + "]", problems,
                    "a step object with id and type (one of " + TYPES + ")");
            if (o != null) {
                step(o);
            }
        }
    }

    private void step(JsonObject o) {
        String id = o.text("id", true, "a step id (1-64 of a-z 0-9 - _)");
        if (id != null && !id.matches(STEP_ID)) {
            o.fail("id", "expected a step id (1-64 of a-z 0-9 - _, starting with a letter or digit), found "
                    + JsonObject.found(id));
            id = null;
        } else if (id != null && steps.containsKey(id)) {
            o.fail("id", "step id \"" + id + "\" is already used by " + pathOf.get(id));
            id = null;
        }
        String type = o.text("type", true, "the step type (one of " + TYPES + ")");
        int before = problems.size();
        Step step = type == null ? null : switch (type) {
            case "wait" -> {
                o.onlyKnown(Set.of("id", "type", "description", "duration", "next"));
                Duration d = Durations.read(o, "duration");
                yield new Step.Wait(id, d, next(o, id, "next"));
            }
            case "wait_until" -> {
                o.onlyKnown(Set.of("id", "type", "description", "time", "next"));
                LocalTime at = TriggerReader.time(o, "time");
                yield new Step.WaitUntil(id, at, next(o, id, "next"));
            }
            case "wait_for_event" -> {
                o.onlyKnown(Set.of("id", "type", "description", "event", "properties", "timeout", "on_event", "on_timeout"));
                EventMatch m = MatchReader.read(o);
                Duration timeout = Durations.read(o, "timeout");
                yield new Step.WaitForEvent(id, m, timeout, next(o, id, "on_event"), next(o, id, "on_timeout"));
            }
            case "branch" -> {
                o.onlyKnown(Set.of("id", "type", "description", "condition", "then", "else"));
                Condition c = condition(o);
                yield new Step.Branch(id, c, next(o, id, "then"), next(o, id, "else"));
            }
            case "split" -> split(o, id);
            case "exit" -> {
                o.onlyKnown(Set.of("id", "type", "description", "reason"));
                String reason = o.text("reason", false, "a short reason, e.g. \"completed\"");
                yield new Step.Exit(id, reason == null ? "completed" : reason);
            }
            default -> {
                if (!ActionReader.TYPES.contains(type)) {
                    o.fail("type", "unknown step type \"" + type + "\"; expected one of " + TYPES);
                    yield null;
                }
                JourneyAction action = new ActionReader(o, id, known, uses).read(type);
                String next = next(o, id, "next");
                yield action == null ? null : new Step.Act(id, action, next);
            }
        };
        if (id != null) {
            pathOf.put(id, o.path);
            if (step != null && problems.size() == before) {
                steps.put(id, step);
            } else {
                steps.put(id, new Step.Exit(id, "invalid")); // a placeholder keeps references to it resolvable
            }
        }
    }

    private Condition condition(JsonObject o) {
        if (!o.has("condition")) {
            o.fail("condition", "missing; expected a condition such as {\"trait\": \"vip\", \"op\": \"=\", \"value\": true}");
            return null;
        }
        return ConditionLanguage.readCondition(o.raw("condition"), o.at("condition"), problems, (segment, path) -> {
            if (!known.hasSegment(segment.value())) {
                problems.add(new Problem(path, "no segment \"" + segment + "\"; create it first"));
            }
        });
    }

    private Step split(JsonObject o, String id) {
        o.onlyKnown(Set.of("id", "type", "description", "arms", "holdout_percent"));
        Object rawHoldout = o.raw("holdout_percent");
        double holdout = 0;
        if (rawHoldout instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() < 100) {
            holdout = n.doubleValue();
        } else if (rawHoldout != null) {
            o.fail("holdout_percent", "expected a percentage in [0, 100) (e.g. 10), found " + JsonObject.found(rawHoldout));
        }
        Object raw = o.raw("arms");
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            o.fail("arms", "expected a non-empty list of arms like {\"name\": \"a\", \"weight\": 1, \"next\": \"step\"},"
                    + " found " + JsonObject.found(raw));
            return null;
        }
        List<Step.Arm> arms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject a = JsonObject.of(list.get(i), o.at("arms") + "[" + i + "]", problems, "an arm object");
            if (a == null) {
                continue;
            }
            a.onlyKnown(Set.of("name", "weight", "next"));
            String name = a.text("name", true, "the arm's name, e.g. \"a\"");
            if (name != null && (name.equals(Splits.HOLDOUT) || !names.add(name))) {
                a.fail("name", name.equals(Splits.HOLDOUT) ? "\"holdout\" is reserved for held-out customers"
                        : "arm name \"" + name + "\" is used twice");
            }
            Integer weight = a.integer("weight", 1, 1_000_000, 1);
            arms.add(new Step.Arm(name, weight == null ? 1 : weight, next(a, id, "next")));
        }
        return new Step.Split(id, arms, holdout);
    }

    /** A reference to another step at {@code key}. */
    private String next(JsonObject o, String from, String key) {
        String to = o.text(key, true, "the id of the step that follows");
        if (to != null && from != null) {
            refs.add(new Ref(from, to, o.at(key)));
        }
        return to;
    }
}
