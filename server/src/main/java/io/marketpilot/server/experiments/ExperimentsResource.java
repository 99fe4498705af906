package io.marketpilot.server.experiments;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.StoredExperiment;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.experiments.InvalidExperimentException;
import io.marketpilot.experiments.assignment.Assignment;
import io.marketpilot.experiments.assignment.Variant;
import io.marketpilot.experiments.report.ExperimentReport;
import io.marketpilot.server.auth.AccessGuard;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /v1/experiments}: create (admin), list and read (read), start and stop (admin), a unit's assignment
 * ({@code ?expose=true} logs the exposure: ingest role), and the report (read).
 */
public final class ExperimentsResource {
    private static final PathParam ID = new PathParam("id", "the experiment id");
    private static final PathParam UNIT = new PathParam("unit", "a user id, or anon:<anonymous id>");

    private final Engine engine;
    private final JsonBody body;

    public ExperimentsResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
            Route.post("/v1/experiments").requires(Role.ADMIN)
                .summary("createExperiment", "experiments", "Create an experiment (as a draft)")
                .jsonBody(ExperimentSchemas.DEFINITION, "the definition")
                .returns(201, ExperimentSchemas.EXPERIMENT, "the stored draft").handle(this::create),
            Route.get("/v1/experiments").requires(Role.READ)
                .summary("listExperiments", "experiments", "List experiments")
                .returns(200, ExperimentSchemas.EXPERIMENT_LIST, "oldest first").handle(this::list),
            Route.get("/v1/experiments/{id}").requires(Role.READ)
                .summary("getExperiment", "experiments", "One experiment").path(ID).mayNotFind()
                .returns(200, ExperimentSchemas.EXPERIMENT, "the experiment").handle(this::get),
            Route.post("/v1/experiments/{id}/start").requires(Role.ADMIN)
                .summary("startExperiment", "experiments", "Start a draft").path(ID).mayNotFind()
                .returns(200, ExperimentSchemas.EXPERIMENT, "now running").handle(ctx -> transition(ctx, true)),
            Route.post("/v1/experiments/{id}/stop").requires(Role.ADMIN)
                .summary("stopExperiment", "experiments", "Stop a running experiment").path(ID).mayNotFind()
                .returns(200, ExperimentSchemas.EXPERIMENT, "now stopped").handle(ctx -> transition(ctx, false)),
            Route.get("/v1/experiments/{id}/assignment/{unit}").requires(Role.READ)
                .summary("experimentAssignment", "experiments", "A unit's variant")
                .description("Without expose the answer has no side effect. With expose=true (ingest role) on a "
                    + "running experiment, the first call per unit logs its exposure event: call it when the variant "
                    + "is actually used.")
                .path(ID).path(UNIT).mayNotFind()
                .returns(200, ExperimentSchemas.ASSIGNMENT, "the assignment").handle(this::assignment),
            Route.get("/v1/experiments/{id}/report").requires(Role.READ)
                .summary("experimentReport", "experiments", "The experiment's report")
                .path(ID).mayNotFind()
                .returns(200, ExperimentSchemas.REPORT, "the report").handle(this::report));
    }

    private void create(Context ctx) throws IOException {
        Map<String, Object> doc = body.readObject(ctx);
        StoredExperiment created = call(() -> engine.experiments().create(doc));
        ctx.header("Location", "/v1/experiments/" + created.id());
        ctx.status(201).json(wire(created));
    }

    private void list(Context ctx) {
        ctx.json(Map.of("experiments", engine.experiments().list().stream().map(ExperimentsResource::wire).toList()));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam(ID.name());
        ctx.json(wire(engine.experiments().get(id).orElseThrow(
                () -> ProblemException.notFound("no experiment '" + id + "'"))));
    }

    private void transition(Context ctx, boolean start) {
        String id = ctx.pathParam(ID.name());
        ctx.json(wire(call(() -> start ? engine.experiments().start(id) : engine.experiments().stop(id))));
    }

    private void assignment(Context ctx) {
        String id = ctx.pathParam(ID.name());
        String unit = ctx.pathParam(UNIT.name());
        boolean expose = "true".equalsIgnoreCase(ctx.queryParam("expose"));
        if (expose && !AccessGuard.principal(ctx).map(p -> p.role().allows(Role.INGEST)).orElse(false)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "expose=true logs an exposure event and needs an ingest"
                    + " or admin key");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("experiment", id);
        out.put("unit", unit);
        Assignment a = call(() -> engine.experiments().assignment(id, unit));
        boolean running = engine.experiments().get(id).map(e -> e.status() == ExperimentStatus.RUNNING).orElse(false);
        Optional<Variant> used = expose && running ? call(() -> engine.experiments().variantFor(id, unit)) : Optional.empty();
        if (a instanceof Assignment.Assigned assigned && running) {
            out.put("assigned", true);
            out.put("variant", assigned.variant().key());
            out.put("config", assigned.variant().config());
            out.put("reason", null);
        } else {
            out.put("assigned", false);
            out.put("variant", null);
            out.put("config", null);
            out.put("reason", a instanceof Assignment.NotAssigned n ? n.reason().name().toLowerCase(Locale.ROOT)
                    : "not_running");
        }
        out.put("exposed", used.isPresent());
        ctx.json(out);
    }

    private void report(Context ctx) {
        String id = ctx.pathParam(ID.name());
        ExperimentReport r = call(() -> engine.experiments().report(id));
        StoredExperiment e = engine.experiments().get(id).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("status", e.status().wireName());
        out.put("variants", r.variants());
        out.put("exposures", r.exposures());
        out.put("srm", r.srm());
        out.put("metrics", r.metrics());
        out.put("winner", r.winner());
        out.put("verdict", r.verdict());
        out.put("options", r.options());
        ctx.json(out);
    }

    /** Engine outcomes as problems: bad definition 400, unknown id 404, wrong state or duplicate id 409. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidExperimentException e) {
            throw ProblemException.invalid("the experiment definition is invalid",
                    e.errors().stream().map(f -> FieldProblem.of(f, "")).toArray(FieldProblem[]::new));
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    static Map<String, Object> wire(StoredExperiment e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("status", e.status().wireName());
        out.put("definition", e.definition());
        out.put("created_at", e.createdAt().toString());
        out.put("started_at", e.startedAt() == null ? null : e.startedAt().toString());
        out.put("stopped_at", e.stoppedAt() == null ? null : e.stoppedAt().toString());
        return out;
    }
}
