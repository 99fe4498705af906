package io.marketpilot.server.journeys;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.bool;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.mapOf;
import static io.marketpilot.server.route.JsonSchema.nullable;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.marketpilot.engine.journey.CustomerJourney;
import io.marketpilot.engine.journey.JourneyReport;
import io.marketpilot.engine.journey.JourneySummary;
import io.marketpilot.engine.journey.JourneyView;
import io.marketpilot.server.route.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journey resources' wire types: their JSON schemas (OpenAPI) and the maps the handlers answer. Public so the
 * command line prints exactly what the API answers.
 */
public final class JourneyWire {
    private JourneyWire() {}

    private static final String[] STATUSES = {"draft", "active", "paused"};

    static final Schema DEFINITION = Schema.named("JourneyDefinition", object("A journey definition in the "
            + "language of docs/journeys.md; every problem is reported with its path.", required("trigger", "steps"),
            "id", string("1-64 of a-z 0-9 - _ (required, except in PUT where the path names it)"),
            "version", integer("optional; must be the next version when given"),
            "name", string("a human name"), "description", string("what it is for"),
            "time_zone", string("IANA zone of schedules and wait_until fallbacks (default: the shop's)"),
            "trigger", anyObject("event, segment_entered, segment_exited, schedule, date or inactivity"),
            "entry", string("the first step's id (default: the first step)"),
            "steps", array(anyObject("a step: id, type and the type's fields"), "the steps"),
            "exit_rules", array(anyObject("{reason, event, properties}"), "events that end a run at once"),
            "re_entry", Map.of("description", "\"never\" (default), \"always\" or {\"after\": \"7d\"}"),
            "limits", anyObject("max_concurrent_runs, max_entries_per_customer"),
            "goal", anyObject("{event, properties, window}: what counts as a conversion, and for how long")));
    static final Schema JOURNEY = Schema.named("Journey", object("A journey: its latest definition, status and versions.",
            required("id", "name", "status", "version", "definition", "versions"),
            "id", string("the journey id"), "name", string("a human name"),
            "status", oneOf("draft and paused journeys enter nobody", STATUSES),
            "version", integer("the latest version; new entries run on it"),
            "definition", anyObject("the latest definition as saved"),
            "versions", array(object("A saved version.", required("version", "saved_at", "active_runs"),
                    "version", integer("1, 2, …"), "saved_at", dateTime("when it was saved"),
                    "active_runs", integer("customers still running on it")), "oldest first"),
            "saved", object("What this request saved (create and PUT only).", required("version", "created"),
                    "version", integer("the version saved"), "created", bool("whether the journey is new"))));
    static final Schema JOURNEY_LIST = Schema.named("JourneyList", object("Every journey.", required("journeys"),
            "journeys", array(object("A journey in a list.", required("id", "name", "version", "status", "active_runs"),
                    "id", string("the journey id"), "name", string("a human name"),
                    "version", integer("the latest version"), "status", oneOf("its status", STATUSES),
                    "active_runs", integer("customers in it now"), "updated_at", dateTime("last saved or switched")),
                    "by id")));
    static final Schema VALIDATION = Schema.named("JourneyValidation", object("A draft checked without saving.",
            required("valid", "problems"), "valid", bool("true when it could be saved as it is"),
            "problems", array(object("One problem.", required("pointer", "path", "detail"),
                    "pointer", string("JSON Pointer into the definition, e.g. /steps/remind/next"),
                    "path", string("the same place as JSONPath, e.g. $.steps.remind.next"),
                    "detail", string("path: what is wrong, expected vs found")), "every problem")));
    private static final Map<String, Object> GROUP = object("Customers of one group.",
            required("entered", "converted", "rate"), "entered", integer("customers entered"),
            "converted", integer("of them converted within the attribution window"), "rate", number("converted / entered"));
    static final Schema REPORT = Schema.named("JourneyReport", object("How a journey does.",
            required("id", "entered", "active", "in_step", "exited_by", "converted", "attribution_window"),
            "id", string("the journey id"), "entered", integer("runs entered (all versions)"),
            "active", integer("runs in the journey now"),
            "in_step", mapOf(integer("runs there"), "active runs per step id"),
            "exited_by", mapOf(integer("runs"), "finished runs per exit reason (exit step, exit rule, …)"),
            "converted", integer("runs whose customer reached the goal within the attribution window"),
            "attribution_window", string("the goal's window, e.g. 7d"),
            "holdout", GROUP, "treated", GROUP,
            "effect", nullable(object("Treated against holdout conversion (two-proportion z-test); null until both "
                    + "groups have customers.", List.of(),
                    "absolute_lift", number("treated rate − holdout rate"),
                    "absolute_interval", array(number("bound"), "95% interval [low, high]"),
                    "relative_lift", nullable(number("absolute lift / holdout rate; null while the holdout rate is 0")),
                    "relative_interval", nullable(array(number("bound"), "95% interval [low, high]; null when undefined")),
                    "p_value", number("of no difference")))));
    private static final Map<String, Object> RUN = object("One run of a customer in a journey.",
            required("run_id", "journey", "version", "active", "current_step", "entered_at", "history"),
            "run_id", string("the run"), "journey", string("the journey id"), "version", integer("the version entered"),
            "active", bool("still in the journey"), "current_step", string("where the run is (or ended)"),
            "since", dateTime("in the current step since"),
            "waiting_for", nullable(string("what it waits for: an event, a timer, a delivery")),
            "until", nullable(dateTime("when the wait ends at the latest")),
            "entered_at", dateTime("when it entered"),
            "history", array(object("A step passed or an action taken.", required("kind", "step", "at"),
                    "kind", string("e.g. entered, step, action, exited"), "step", string("the step id"),
                    "detail", string("what happened"), "at", dateTime("when")), "oldest first"),
            "exit_reason", nullable(string("why it left, once finished")),
            "exited_at", nullable(dateTime("when it left")));
    static final Schema CUSTOMER_JOURNEYS = Schema.named("CustomerJourneys", object("Where a customer is in every "
            + "journey and why, newest run first.", required("user_id", "journeys"), "user_id", string("the customer"),
            "journeys", array(RUN, "newest first")));

    static Map<String, Object> journey(JourneyView v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", v.id());
        out.put("name", v.name());
        out.put("status", v.status().wire());
        out.put("version", v.latestVersion());
        out.put("definition", v.definition());
        out.put("versions", v.versions().stream().map(ver -> Map.of("version", ver.version(),
                "saved_at", ver.savedAt().toString(), "active_runs", ver.activeRuns())).toList());
        return out;
    }

    static Map<String, Object> summary(JourneySummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("name", s.name());
        out.put("version", s.latestVersion());
        out.put("status", s.status().wire());
        out.put("active_runs", s.activeRuns());
        out.put("updated_at", instant(s.updatedAt()));
        return out;
    }

    /** The report as {@code GET /v1/journeys/{id}/report} answers it. */
    public static Map<String, Object> report(JourneyReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("entered", r.entered());
        out.put("active", r.active());
        out.put("in_step", new TreeMap<>(r.inStep()));
        out.put("exited_by", new TreeMap<>(r.exitedBy()));
        out.put("converted", r.converted());
        out.put("attribution_window", duration(r.attributionWindow()));
        out.put("holdout", group(r.holdout()));
        out.put("treated", group(r.treated()));
        out.put("effect", r.effect().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("absolute_lift", finite(e.absoluteLift()));
            m.put("absolute_interval", interval(e.absoluteLow(), e.absoluteHigh()));
            m.put("relative_lift", finite(e.relativeLift()));
            m.put("relative_interval", interval(e.relativeLow(), e.relativeHigh()));
            m.put("p_value", finite(e.pValue()));
            return m;
        }).orElse(null));
        return out;
    }

    /** One run as {@code GET /v1/customers/{id}/journeys} lists it. */
    public static Map<String, Object> run(CustomerJourney j) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", j.runId());
        out.put("journey", j.journeyId());
        out.put("version", j.version());
        out.put("active", j.active());
        out.put("current_step", j.currentStep());
        out.put("since", instant(j.since()));
        out.put("waiting_for", j.waitingFor().orElse(null));
        out.put("until", j.until().map(Instant::toString).orElse(null));
        out.put("entered_at", instant(j.enteredAt()));
        out.put("history", j.history().stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", h.kind());
            m.put("step", h.step());
            m.put("detail", h.detail());
            m.put("at", instant(h.at()));
            return m;
        }).toList());
        out.put("exit_reason", j.exitReason().orElse(null));
        out.put("exited_at", j.exitedAt().map(Instant::toString).orElse(null));
        return out;
    }

    private static Map<String, Object> group(JourneyReport.Groups g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entered", g == null ? 0 : g.entered());
        out.put("converted", g == null ? 0 : g.converted());
        out.put("rate", g == null ? 0.0 : g.rate());
        return out;
    }

    /** JSON has no NaN: an undefined number (a relative lift over a holdout that never converted) is null. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Double> interval(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high) ? List.of(low, high) : null;
    }

    /** A duration as the definition language writes it: {@code 7d}, {@code 36h}, {@code 90m}, {@code 45s}. */
    public static String duration(Duration d) {
        long s = d == null ? 0 : d.getSeconds();
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s != 0 && s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }
}
