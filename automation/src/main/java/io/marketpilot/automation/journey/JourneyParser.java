package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Problem;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a journey definition from JSON-like values (maps, lists, strings, numbers, booleans, as Jackson gives
 * them) and validates it whole against what the shop has ({@link JourneyCatalogue}): every problem is reported
 * with its JSON path, and a definition is returned only when there is none. The language is in docs/journeys.md.
 *
 * <pre>{@code
 * ParsedJourney p = new JourneyParser().parse(new ObjectMapper().readValue(json, Object.class), catalogue);
 * }</pre>
 */
public final class JourneyParser {
    private static final Set<String> TOP = Set.of("id", "version", "name", "description", "time_zone", "trigger",
            "entry", "steps", "exit_rules", "re_entry", "limits", "goal");

    /** Parses a definition; its {@code version} defaults to 1. */
    public ParsedJourney parse(Object json, JourneyCatalogue known) {
        return parse(json, known, null);
    }

    /**
     * Parses a new version of {@code current}: the id is kept ({@code id} may be left out; a different one is a
     * problem) and the version is {@code current.version() + 1} (a {@code version} in the JSON must say so).
     */
    public ParsedJourney parseRevision(Object json, JourneyCatalogue known, JourneyDefinition current) {
        return parse(json, known, current);
    }

    private ParsedJourney parse(Object json, JourneyCatalogue known, JourneyDefinition current) {
        List<Problem> problems = new ArrayList<>();
        JsonObject o = JsonObject.of(json, "$", problems, "a journey object with id, trigger and steps");
        if (o == null) {
            return new ParsedJourney.Invalid(problems);
        }
        o.onlyKnown(TOP);
        JourneyId id = id(o, current);
        Integer version = version(o, current);
        String name = o.text("name", false, "a name");
        o.text("description", false, "a description");
        ZoneId zone = known.zone();
        if (o.has("time_zone")) {
            String z = o.text("time_zone", true, "an IANA time zone like \"Asia/Shanghai\"");
            try {
                zone = z == null ? zone : ZoneId.of(z);
            } catch (DateTimeException e) {
                o.fail("time_zone", "unknown time zone \"" + z + "\"; expected an IANA name like \"Asia/Shanghai\" or \"UTC\"");
            }
        }
        Trigger trigger = null;
        JsonObject t = JsonObject.of(o.raw("trigger"), o.at("trigger"), problems,
                "a trigger object with a type (" + TriggerReader.TYPES + ")");
        if (t != null) {
            trigger = TriggerReader.read(t, known);
        }
        StepReader steps = new StepReader(problems, known);
        steps.read(o.raw("steps"), o.at("steps"));
        String entry = entry(o, steps);
        new GraphCheck(steps, problems).check(entry);
        VariableCheck.check(steps, entry, known, problems);
        List<ExitRule> exitRules = PolicyReader.exitRules(o);
        ReEntry reEntry = PolicyReader.reEntry(o);
        Limits limits = PolicyReader.limits(o);
        ConversionGoal goal = PolicyReader.goal(o);
        if (!problems.isEmpty()) {
            return new ParsedJourney.Invalid(problems);
        }
        return new ParsedJourney.Valid(new JourneyDefinition(id, version, name, zone, trigger, entry, steps.steps,
                exitRules, reEntry, limits, goal));
    }

    private static JourneyId id(JsonObject o, JourneyDefinition current) {
        Object raw = o.raw("id");
        if (current != null && raw == null) {
            return current.id();
        }
        if (!(raw instanceof String s) || !JourneyId.valid(s)) {
            o.fail("id", "expected a journey id of 1-64 characters a-z 0-9 - _ (e.g. \"abandoned-cart\"), found "
                    + JsonObject.found(raw));
            return null;
        }
        if (current != null && !s.equals(current.id().value())) {
            o.fail("id", "a new version keeps the id \"" + current.id() + "\", found \"" + s + "\"");
            return null;
        }
        return new JourneyId(s);
    }

    private static Integer version(JsonObject o, JourneyDefinition current) {
        if (current == null) {
            return o.integer("version", 1, 1_000_000, 1);
        }
        int next = current.version() + 1;
        Integer v = o.integer("version", 1, 1_000_000, next);
        if (v != null && v != next) {
            o.fail("version", "the next version of \"" + current.id() + "\" is " + next + ", found " + v);
        }
        return next;
    }

    private static String entry(JsonObject o, StepReader steps) {
        String entry = o.text("entry", false, "the id of the first step");
        if (entry == null) {
            return steps.steps.isEmpty() ? null : steps.steps.keySet().iterator().next();
        }
        if (!steps.steps.containsKey(entry)) {
            o.fail("entry", "no step \"" + entry + "\"; steps are " + steps.steps.keySet());
            return null;
        }
        return entry;
    }

}
