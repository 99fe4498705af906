package io.marketpilot.server.journeys;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.bool;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.mapOf;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.JourneyMigrated;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code POST /v1/journeys/{id}/migrate}: moves the customers waiting in one version to another, all or none. A
 * refusal is a 409 listing every blocking step (pointer {@code /steps/<step>}, where a mapping would go) with the
 * runs waiting in it; {@code dry_run} answers what would happen and changes nothing.
 */
public final class JourneyMigrationResource {
    private static final PathParam ID = new PathParam("id", "the journey id");
    private static final Set<String> FIELDS = Set.of("from", "to", "steps", "dry_run");

    static final Schema REQUEST = Schema.named("JourneyMigrationRequest", object("Which runs move where.",
            required("from", "to"), "from", integer("the version whose waiting runs move"),
            "to", integer("the version they move to"),
            "steps", mapOf(string("a step of `to`"), "old step id → new step id; a step not named maps to the step"
                    + " of the same id"),
            "dry_run", bool("answer what would happen without changing anything (default false)")));
    static final Schema RESULT = Schema.named("JourneyMigration", object("What the migration did (or would do).",
            required("journey", "from", "to", "dry_run", "migrated", "staying", "moves"),
            "journey", string("the journey id"), "from", integer("the old version"), "to", integer("the new version"),
            "dry_run", bool("true when nothing was changed"), "migrated", integer("runs moved (or that would move)"),
            "staying", integer("runs of `from` that already exited and stay on it until their attribution window ends"),
            "moves", array(object("Runs moving from one step to another.",
                    required("from_step", "to_step", "runs", "retimed"), "from_step", string("the step in `from`"),
                    "to_step", string("the step in `to`"), "runs", integer("how many"),
                    "retimed", integer("of them, runs whose wake-up was recomputed for the new step")), "by step")));

    private final Engine engine;
    private final JsonBody body;

    public JourneyMigrationResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public Route route() {
        return Route.post("/v1/journeys/{id}/migrate").requires(Role.ADMIN).summary("migrateJourney", "journeys",
                        "Move the customers waiting in one version to another")
                .description("All or none, in one transaction. A waiting run keeps its wake-up when its new step has the"
                        + " same timing, else it is recomputed from when the run entered its step; actions already"
                        + " decided are never decided again. 409 lists every step that blocks the migration (no step of"
                        + " that id in `to` and no mapping, a step that cannot hold the run, a coupon code the runs"
                        + " lack) with how many runs wait in it; nothing moved. See docs/journeys.md.")
                .path(ID).mayNotFind().jsonBody(REQUEST, "the versions and the step map")
                .returns(200, RESULT, "the runs moved, by step (or that would move, for a dry run)")
                .handle(this::migrate);
    }

    private void migrate(Context ctx) throws IOException {
        String id = ID.read(ctx, s -> s);
        Map<String, Object> in = body.readObject(ctx);
        List<FieldProblem> problems = new ArrayList<>();
        in.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted().forEach(k -> problems.add(
                FieldProblem.body("/" + k, "one of from, to, steps, dry_run", "an unknown field")));
        int from = version(in, "from", problems);
        int to = version(in, "to", problems);
        Map<String, String> steps = steps(in.get("steps"), problems);
        Object dry = in.getOrDefault("dry_run", false);
        if (!(dry instanceof Boolean)) {
            problems.add(FieldProblem.body("/dry_run", "true or false", FieldError.describe(dry)));
        }
        if (from > 0 && from == to) {
            problems.add(FieldProblem.body("/to", "another version than from (" + from + ")", String.valueOf(to)));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("the migration request has " + problems.size() + " problem(s)",
                    problems.toArray(FieldProblem[]::new));
        }
        JourneyMigrated result;
        try {
            result = engine.journeys().migrate(id, from, to, steps, Boolean.TRUE.equals(dry));
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage() + " (GET /v1/journeys/" + id + " lists its versions)");
        }
        if (result.refused()) {
            throw refused(result);
        }
        ctx.json(wire(result));
    }

    private static int version(Map<String, Object> in, String field, List<FieldProblem> problems) {
        Object v = in.get(field);
        if (v instanceof Integer i && i >= 1) {
            return i;
        }
        problems.add(FieldProblem.body("/" + field, "a version number (1 or more)", FieldError.describe(v)));
        return 0;
    }

    private static Map<String, String> steps(Object raw, List<FieldProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(FieldProblem.body("/steps", "an object of old step id → new step id", FieldError.describe(raw)));
            return out;
        }
        map.forEach((k, v) -> {
            if (v instanceof String s && !s.isBlank()) {
                out.put(String.valueOf(k), s);
            } else {
                problems.add(FieldProblem.body("/steps/" + k, "a step id of the new version", FieldError.describe(v)));
            }
        });
        return out;
    }

    static ProblemException refused(JourneyMigrated r) {
        long runs = r.blockers().stream().mapToLong(JourneyMigrated.Blocker::runs).sum();
        List<FieldProblem> errors = r.blockers().stream().map(b -> new FieldProblem("/steps/" + b.step(), null,
                "a step of v" + r.to() + " that can hold the runs", b.runs() + " run(s) waiting in \"" + b.step() + "\"",
                b.step() + " (" + b.runs() + " run(s)): " + b.reason(), null, null)).toList();
        return new ProblemException(ProblemType.CONFLICT, "journey " + r.journey() + ": the migration from v" + r.from()
                + " to v" + r.to() + " is refused by " + r.blockers().size() + " problem(s) (" + runs + " run(s) in"
                + " blocking steps); nothing moved", errors, Map.of());
    }

    /** The answer's JSON; public so the command line prints what the API answers. */
    public static Map<String, Object> wire(JourneyMigrated r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("journey", r.journey());
        out.put("from", r.from());
        out.put("to", r.to());
        out.put("dry_run", r.dryRun());
        out.put("migrated", r.migrated());
        out.put("staying", r.staying());
        out.put("moves", r.moves().stream().map(m -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("from_step", m.fromStep());
            x.put("to_step", m.toStep());
            x.put("runs", m.runs());
            x.put("retimed", m.retimed());
            return x;
        }).toList());
        return out;
    }
}
