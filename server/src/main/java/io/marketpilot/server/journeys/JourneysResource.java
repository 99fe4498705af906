package io.marketpilot.server.journeys;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.InvalidJourneyException;
import io.marketpilot.engine.journey.JourneySaved;
import io.marketpilot.engine.journey.JourneyService;
import io.marketpilot.engine.journey.JourneyView;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * {@code /v1/journeys}: create (POST), save a new version (PUT), validate a draft, list, read, activate, pause and
 * report. A definition with problems answers 400 listing every one with its JSON pointer, and nothing is saved.
 * Customers already in a journey finish on the version they entered.
 */
public final class JourneysResource {
    private static final PathParam ID = new PathParam("id", "the journey id");

    private final Engine engine;
    private final JsonBody body;
    private final Object creating = new Object();

    public JourneysResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
            Route.post("/v1/journeys").requires(Role.ADMIN).summary("createJourney", "journeys", "Create a journey")
                .description("Validates the whole definition (400 lists every problem with its JSON pointer; nothing is"
                    + " saved) and saves it as version 1, as a draft: POST /v1/journeys/{id}/activate starts it. 409 if"
                    + " the id exists (PUT saves a new version).")
                .jsonBody(JourneyWire.DEFINITION, "the definition").returns(201, JourneyWire.JOURNEY, "the journey")
                .handle(this::create),
            Route.post("/v1/journeys/validate").requires(Role.READ)
                .summary("validateJourney", "journeys", "Check a draft journey without saving it")
                .jsonBody(JourneyWire.DEFINITION, "the draft")
                .returns(200, JourneyWire.VALIDATION, "valid, or every problem with its pointer").handle(this::validate),
            Route.get("/v1/journeys").requires(Role.READ).summary("listJourneys", "journeys", "List journeys")
                .returns(200, JourneyWire.JOURNEY_LIST, "every journey").handle(this::list),
            Route.get("/v1/journeys/{id}").requires(Role.READ).summary("getJourney", "journeys",
                    "A journey: latest definition, status, versions").path(ID).mayNotFind()
                .returns(200, JourneyWire.JOURNEY, "the journey").handle(this::get),
            Route.put("/v1/journeys/{id}").requires(Role.ADMIN).summary("putJourney", "journeys",
                    "Save a new version of a journey (or create it)")
                .description("New entries run on the new version; customers already in the journey finish on the "
                    + "version they entered. The status stays as it was (a new journey is a draft).")
                .path(ID).jsonBody(JourneyWire.DEFINITION, "the definition; its id, if given, must match the path")
                .returns(200, JourneyWire.JOURNEY, "the journey (201 when it was created)").handle(this::put),
            Route.post("/v1/journeys/{id}/activate").requires(Role.ADMIN).summary("activateJourney", "journeys",
                    "Start entering customers").path(ID).mayNotFind()
                .returns(200, JourneyWire.JOURNEY, "the journey, active").handle(ctx -> switchTo(ctx, JourneyService::activate)),
            Route.post("/v1/journeys/{id}/pause").requires(Role.ADMIN).summary("pauseJourney", "journeys",
                    "Stop entering and moving customers").path(ID).mayNotFind()
                .returns(200, JourneyWire.JOURNEY, "the journey, paused").handle(ctx -> switchTo(ctx, JourneyService::pause)),
            Route.get("/v1/journeys/{id}/report").requires(Role.READ).summary("journeyReport", "journeys",
                    "Entered, in each step, exited by reason, converted, holdout against treated").path(ID).mayNotFind()
                .returns(200, JourneyWire.REPORT, "the report").handle(this::report));
    }

    private JourneyService journeys() {
        return engine.journeys();
    }

    private void create(Context ctx) throws IOException {
        Map<String, Object> definition = body.readObject(ctx);
        JourneySaved saved;
        synchronized (creating) { // two POSTs of one new id: one creates it, the other gets the 409
            if (definition.get("id") instanceof String id && journeys().get(id).isPresent()) {
                throw ProblemException.conflict("journey " + id + " exists; PUT /v1/journeys/" + id
                        + " saves a new version of it");
            }
            saved = save(definition);
        }
        ctx.header("Location", "/v1/journeys/" + saved.id());
        ctx.status(201).json(saved(saved));
    }

    private void put(Context ctx) throws IOException {
        String id = ID.read(ctx, s -> s);
        Map<String, Object> definition = new LinkedHashMap<>(body.readObject(ctx));
        Object given = definition.putIfAbsent("id", id);
        if (given != null && !given.equals(id)) {
            throw ProblemException.invalid("the body's id differs from the path",
                    FieldProblem.body("/id", "\"" + id + "\" (the id in the path)", FieldError.describe(given)));
        }
        JourneySaved saved = save(definition);
        ctx.status(saved.created() ? 201 : 200).json(saved(saved));
    }

    private JourneySaved save(Map<String, Object> definition) {
        try {
            return journeys().save(definition);
        } catch (InvalidJourneyException e) {
            throw JourneyProblems.invalid(e.problems());
        }
    }

    private Map<String, Object> saved(JourneySaved saved) {
        Map<String, Object> out = JourneyWire.journey(journeys().get(saved.id()).orElseThrow());
        out.put("saved", Map.of("version", saved.version(), "created", saved.created()));
        return out;
    }

    private void validate(Context ctx) throws IOException {
        var problems = journeys().validate(body.readObject(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", problems.isEmpty());
        out.put("problems", JourneyProblems.wire(problems));
        ctx.json(out);
    }

    private void list(Context ctx) {
        ctx.json(Map.of("journeys", journeys().list().stream().map(JourneyWire::summary).toList()));
    }

    private void get(Context ctx) {
        String id = ID.read(ctx, s -> s);
        ctx.json(JourneyWire.journey(journeys().get(id).orElseThrow(() -> notFound(id))));
    }

    private void switchTo(Context ctx, BiFunction<JourneyService, String, JourneyView> action) {
        String id = ID.read(ctx, s -> s);
        try {
            ctx.json(JourneyWire.journey(action.apply(journeys(), id)));
        } catch (NoSuchElementException e) {
            throw notFound(id);
        } catch (InvalidJourneyException e) {
            throw JourneyProblems.invalid(e.problems());
        }
    }

    private void report(Context ctx) {
        String id = ID.read(ctx, s -> s);
        ctx.json(JourneyWire.report(journeys().report(id).orElseThrow(() -> notFound(id))));
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no journey " + id + " (GET /v1/journeys lists them)");
    }
}
