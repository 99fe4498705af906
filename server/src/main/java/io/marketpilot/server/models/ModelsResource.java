package io.marketpilot.server.models;

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

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.recommend.TrainingOutcome;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The recommendation model registry over HTTP (admin only): list versions, train a new one, activate a version,
 * roll back to the previously active one. Activation hot-swaps the served model without failing requests.
 */
public final class ModelsResource {
    private static final PathParam VERSION = new PathParam("version", "the model version number");

    static final Schema MODEL_VERSION = Schema.named("ModelVersion", object(
            "One saved version of the recommendation models.",
            required("name", "version", "status", "saved_at", "metrics"),
            "name", string("the model slot, shop-recommender"),
            "version", integer("increases with every training"),
            "status", oneOf("active serves; candidate was never promoted; retired served before",
                "active", "candidate", "retired"),
            "saved_at", dateTime("when it was saved"),
            "note", nullable(string("why a candidate was not promoted")),
            "metrics", mapOf(number("value"), "offline metrics at training (NDCG@10 on a fresh time split …)")));

    static final Schema MODEL_LIST = Schema.named("ModelVersionList", object("Saved versions, newest first.",
            required("versions"), "versions", array(ref(MODEL_VERSION), "newest first")), MODEL_VERSION);

    static final Schema TRAINING = Schema.named("TrainingOutcome", object("What a training run did.",
            required("version", "promoted", "reason", "metrics", "seconds"),
            "version", integer("the saved version"),
            "promoted", bool("whether it now serves"),
            "reason", string("why it was (not) promoted"),
            "metrics", mapOf(number("value"), "offline metrics"),
            "seconds", number("training time")));

    private final Engine engine;

    public ModelsResource(Engine engine) {
        this.engine = engine;
    }

    public List<Route> routes() {
        return List.of(
            Route.get("/v1/models").requires(Role.ADMIN)
                .summary("listModels", "models", "Saved recommendation model versions")
                .returns(200, MODEL_LIST, "the versions").handle(this::list),
            Route.post("/v1/models/train").requires(Role.ADMIN)
                .summary("trainModels", "models", "Train recommendation models now")
                .description("Trains on the stored events, saves the next version, and promotes it unless its "
                    + "NDCG@10 on a fresh time split is worse than the active version's beyond the tolerance.")
                .returns(200, TRAINING, "the outcome").handle(this::train),
            Route.post("/v1/models/{version}/activate").requires(Role.ADMIN)
                .summary("activateModel", "models", "Serve a saved version")
                .path(VERSION).mayNotFind()
                .returns(200, MODEL_VERSION, "the version now serving").handle(this::activate),
            Route.post("/v1/models/rollback").requires(Role.ADMIN)
                .summary("rollbackModel", "models", "Serve the previously active version again")
                .returns(200, MODEL_VERSION, "the version now serving").handle(this::rollback));
    }

    private void list(Context ctx) {
        ctx.json(Map.of("versions", engine.recommendationModels().versions().stream().map(ModelsResource::wire)
            .toList()));
    }

    private void train(Context ctx) {
        try {
            TrainingOutcome o = engine.trainRecommendations();
            ctx.json(new Training(o.version(), o.promoted(), o.reason(), o.provenance().metrics(),
                o.took().toMillis() / 1000.0));
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private void activate(Context ctx) {
        long version;
        try {
            version = Long.parseLong(VERSION.read(ctx, s -> s));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("path parameter 'version' must be a whole number");
        }
        try {
            engine.recommendationModels().activate(version, "activated over the API");
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(e.getMessage());
        }
        ctx.json(current(version));
    }

    private void rollback(Context ctx) {
        try {
            long version = engine.recommendationModels().rollback().version();
            ctx.json(current(version));
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private Wire current(long version) {
        return engine.recommendationModels().versions().stream().filter(v -> v.version() == version)
            .map(ModelsResource::wire).findFirst().orElseThrow();
    }

    private static Wire wire(ModelVersion v) {
        return new Wire(v.name(), v.version(), v.status().name().toLowerCase(java.util.Locale.ROOT), v.savedAt(),
            v.note().orElse(null), v.provenance().metrics());
    }

    record Wire(String name, long version, String status, Instant savedAt, String note, Map<String, Double> metrics) {}

    record Training(long version, boolean promoted, String reason, Map<String, Double> metrics, double seconds) {}
}
