package io.marketpilot.automation.journey;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated journey version. {@code steps} keeps declaration order; {@code entry} names the first step.
 * {@code zone} is the shop's time zone (schedules, and wait-until for customers without their own zone).
 * {@code goal} is null when the journey measures no conversion. Runs finish on the version they entered.
 */
public record JourneyDefinition(JourneyId id, int version, String name, ZoneId zone, Trigger trigger, String entry,
                                Map<String, Step> steps, List<ExitRule> exitRules, ReEntry reEntry, Limits limits,
                                ConversionGoal goal) {
    public JourneyDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(reEntry, "reEntry");
        Objects.requireNonNull(limits, "limits");
        if (version < 1) {
            throw new IllegalArgumentException("a journey version is 1 or more, found " + version);
        }
        if (!steps.containsKey(entry)) {
            throw new IllegalArgumentException("the entry step \"" + entry + "\" is not a step");
        }
        name = name == null ? id.value() : name;
        steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        exitRules = List.copyOf(exitRules);
    }

    /** The step with this id; fails for an unknown id (a validated definition has no dangling reference). */
    public Step step(String stepId) {
        Step s = steps.get(stepId);
        if (s == null) {
            throw new IllegalArgumentException("journey " + id + " v" + version + " has no step \"" + stepId + "\"");
        }
        return s;
    }

    /** The same journey as another version (the parser's revision path uses it). */
    public JourneyDefinition withVersion(int newVersion) {
        return new JourneyDefinition(id, newVersion, name, zone, trigger, entry, steps, exitRules, reEntry, limits, goal);
    }
}
