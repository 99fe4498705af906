package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.FactKind;
import io.marketpilot.automation.segment.SegmentId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/** Reads the {@code trigger} object: event, segment_entered, segment_exited, schedule, date, inactivity. */
final class TriggerReader {
    static final String TYPES = "event, segment_entered, segment_exited, schedule, date, inactivity";

    private TriggerReader() {}

    static Trigger read(JsonObject t, JourneyCatalogue known) {
        String type = t.text("type", true, "the trigger type (one of " + TYPES + ")");
        if (type == null) {
            return null;
        }
        int before = t.problems.size();
        Trigger out = switch (type) {
            case "event" -> {
                t.onlyKnown(Set.of("type", "event", "properties"));
                EventMatch m = MatchReader.read(t);
                yield m == null ? null : new Trigger.OnEvent(m);
            }
            case "segment_entered", "segment_exited" -> {
                t.onlyKnown(Set.of("type", "segment"));
                SegmentId s = segment(t, "segment", true, known);
                yield s == null ? null : new Trigger.SegmentChange(s, type.equals("segment_entered"));
            }
            case "schedule" -> {
                t.onlyKnown(Set.of("type", "cron", "audience"));
                Cron cron = cron(t);
                SegmentId audience = segment(t, "audience", false, known);
                yield cron == null ? null : new Trigger.Schedule(cron, audience);
            }
            case "date" -> date(t);
            case "inactivity" -> {
                t.onlyKnown(Set.of("type", "days"));
                Integer days = t.integer("days", 1, 3650, null);
                yield days == null ? null : new Trigger.Inactivity(Duration.ofDays(days));
            }
            default -> {
                t.fail("type", "unknown trigger type \"" + type + "\"; expected one of " + TYPES);
                yield null;
            }
        };
        return t.problems.size() == before ? out : null;
    }

    private static Trigger date(JsonObject t) {
        t.onlyKnown(Set.of("type", "trait", "attribute", "days_before", "at", "yearly"));
        FactKind kind = t.has("attribute") ? FactKind.ATTRIBUTE : FactKind.TRAIT;
        if (t.has("attribute") && t.has("trait")) {
            t.fail("trait", "name either a trait or an attribute holding the date, not both");
        }
        String name = t.text(kind == FactKind.TRAIT ? "trait" : "attribute", true,
                "the trait holding the date, e.g. \"birthday\"");
        Integer before = t.integer("days_before", 0, 366, 0);
        LocalTime at = t.has("at") ? time(t, "at") : LocalTime.of(9, 0);
        Object yearly = t.raw("yearly");
        if (yearly != null && !(yearly instanceof Boolean)) {
            t.fail("yearly", "expected true (every year, by month and day) or false (once), found " + JsonObject.found(yearly));
            return null;
        }
        if (name == null || before == null || at == null) {
            return null;
        }
        return new Trigger.DateAttribute(kind, name, before, at, yearly == null || (Boolean) yearly);
    }

    private static Cron cron(JsonObject t) {
        String text = t.text("cron", true, "a 5-field cron expression like \"0 10 * * MON\"");
        if (text == null) {
            return null;
        }
        try {
            return Cron.parse(text);
        } catch (IllegalArgumentException e) {
            t.fail("cron", e.getMessage());
            return null;
        }
    }

    /** A local time of day "HH:mm" at {@code key}. */
    static LocalTime time(JsonObject o, String key) {
        Object raw = o.raw(key);
        if (raw instanceof String s && s.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            return LocalTime.parse(s);
        }
        o.fail(key, "expected a local time of day \"HH:mm\" (e.g. \"09:30\"), found " + JsonObject.found(raw));
        return null;
    }

    /** A segment id the shop has. */
    static SegmentId segment(JsonObject o, String key, boolean required, JourneyCatalogue known) {
        String s = o.text(key, required, "a segment id");
        if (s == null) {
            return null;
        }
        if (!SegmentId.valid(s)) {
            o.fail(key, "expected a segment id (1-64 of a-z 0-9 - _), found " + JsonObject.found(s));
            return null;
        }
        if (!known.hasSegment(s)) {
            o.fail(key, "no segment \"" + s + "\"; create it first (known: " + new java.util.TreeSet<>(known.segments()) + ")");
            return null;
        }
        return new SegmentId(s);
    }
}
