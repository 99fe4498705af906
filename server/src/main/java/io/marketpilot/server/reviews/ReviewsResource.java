package io.marketpilot.server.reviews;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.engine.insight.ReviewSubmission;
import io.marketpilot.server.batch.Batch;
import io.marketpilot.server.batch.BatchReader;
import io.marketpilot.server.route.CommonSchemas;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.List;

/** {@code POST /v1/reviews}: stores reviews as {@code review} events and analyses the new ones before answering. */
public final class ReviewsResource {
    static final Schema REVIEW = Schema.named("Review", object("A customer review of an item.",
            required("item_id", "text"),
            "review_id", string("idempotency key (becomes the event_id); derived from item, author and text when absent"),
            "item_id", string("the item reviewed"),
            "user_id", string("the author (or anonymous_id)"),
            "anonymous_id", string("the author when not signed in"),
            "text", string("the review, zh or en, at most 20,000 characters"),
            "rating", number("optional star rating, kept as a property"),
            "timestamp", string("ISO-8601 instant (default: now)")));

    static final Schema RESULT = Schema.named("ReviewResult", object(
            "What happened to each review: accepted + duplicates + rejected = reviews sent.",
            required("accepted", "duplicates", "rejected", "analysed", "errors"),
            "accepted", integer("reviews newly stored"),
            "duplicates", integer("reviews already stored (same review_id)"),
            "rejected", integer("reviews not stored; see errors"),
            "analysed", integer("reviews whose sentiment and aspects were computed by this request"),
            "errors", array(ref(CommonSchemas.RECORD_ERRORS), "one entry per rejected review, in request order")),
            CommonSchemas.RECORD_ERRORS);

    private final Engine engine;
    private final BatchReader reader;

    public ReviewsResource(Engine engine, BatchReader reader) {
        this.engine = engine;
        this.reader = reader;
    }

    public Route route() {
        return Route.post("/v1/reviews").requires(Role.INGEST)
                .summary("submitReviews", "reviews", "Submit customer reviews")
                .description("Body: a JSON array of reviews (or NDJSON). Each is stored as a review event and its "
                        + "sentiment and aspects are analysed before the answer is sent; invalid reviews are rejected "
                        + "one by one with field errors. At most " + reader.maxRecords() + " per request.")
                .batchBody(REVIEW, reader.maxRecords(), "the reviews")
                .returns(200, RESULT, "the batch was read; counts and per-review errors")
                .handle(this::submit);
    }

    private void submit(Context ctx) throws IOException {
        Batch batch = reader.read(ctx);
        ReviewSubmission result = batch.records().isEmpty()
                ? new ReviewSubmission(new IngestResult(0, 0, List.of()), 0)
                : engine.reviews().submit(batch.records());
        List<Batch.RecordErrors> errors = batch.rejections(result.ingest().rejected());
        ctx.json(new Answer(result.ingest().accepted(), result.ingest().duplicates(), errors.size(), result.analysed(),
                errors));
    }

    /** The wire answer. */
    record Answer(int accepted, int duplicates, int rejected, int analysed, List<Batch.RecordErrors> errors) {}
}
