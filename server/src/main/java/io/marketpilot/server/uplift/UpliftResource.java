package io.marketpilot.server.uplift;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.mapOf;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.required;

import io.javalin.http.Context;
import io.marketpilot.automation.uplift.UpliftModel;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The served uplift model ({@code GET /v1/uplift}) and predicted uplift for customer features. */
public final class UpliftResource {
    static final Schema MODEL = Schema.named("UpliftModel", anyObject("The served uplift model: version, algorithm,"
            + " features, held-out metrics (qini, auuc_normalised, uplift_top30, overall_uplift)."));
    static final Schema PREDICT = Schema.named("UpliftRequest", object("Customer features and an optional threshold.",
            required("features"), "features", mapOf(number("value"), "every feature the model names"),
            "threshold", number("send only at or above this uplift (probability difference)")));
    static final Schema PREDICTION = Schema.named("UpliftPrediction", anyObject("uplift (probability difference),"
            + " target (when a threshold was given), version."));

    private final Engine engine;
    private final JsonBody body;

    public UpliftResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
            Route.get("/v1/uplift").requires(Role.READ).summary("getUpliftModel", "uplift", "The served uplift model")
                .mayNotFind().returns(200, MODEL, "the model").handle(this::get),
            Route.post("/v1/uplift/predict").requires(Role.READ).summary("predictUplift", "uplift",
                    "Predicted uplift for customer features").mayNotFind().jsonBody(PREDICT, "features")
                .returns(200, PREDICTION, "the prediction").handle(this::predict));
    }

    private UpliftModel model() {
        return engine.uplift().model().orElseThrow(() -> ProblemException.notFound(
            "no uplift model is trained; train one with: bin/marketpilot uplift train --hillstrom FILE"));
    }

    private void get(Context ctx) {
        UpliftModel m = model();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", engine.uplift().version().orElseThrow());
        out.put("algorithm", m.provenance().algorithm());
        out.put("features", m.features());
        out.put("trained_at", String.valueOf(m.provenance().trainedAt()));
        out.put("metrics", engine.uplift().metrics());
        ctx.json(out);
    }

    private void predict(Context ctx) throws IOException {
        UpliftModel m = model();
        Map<String, Object> request = body.readObject(ctx);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Double> features = new LinkedHashMap<>();
        Object raw = request.get("features");
        if (!(raw instanceof Map<?, ?> given)) {
            throw ProblemException.invalid("features are required", FieldProblem.body("/features",
                "an object of " + m.features(), FieldError.describe(raw)));
        }
        for (String f : m.features()) {
            if (given.get(f) instanceof Number n) {
                features.put(f, n.doubleValue());
            } else {
                problems.add(FieldProblem.body("/features/" + f, "a number", FieldError.describe(given.get(f))));
            }
        }
        Double threshold = null;
        if (request.containsKey("threshold")) {
            if (request.get("threshold") instanceof Number n && Math.abs(n.doubleValue()) <= 1) {
                threshold = n.doubleValue();
            } else {
                problems.add(FieldProblem.body("/threshold", "a number in [-1, 1]", FieldError.describe(request.get("threshold"))));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("the uplift request is invalid", problems.toArray(FieldProblem[]::new));
        }
        double uplift = m.uplift(features);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uplift", uplift);
        if (threshold != null) {
            out.put("target", uplift >= threshold);
        }
        out.put("version", engine.uplift().version().orElseThrow());
        ctx.json(out);
    }
}
