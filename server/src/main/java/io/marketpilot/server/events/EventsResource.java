package io.marketpilot.server.events;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.server.batch.Batch;
import io.marketpilot.server.batch.BatchReader;
import io.marketpilot.server.metrics.ServerMetrics;
import io.marketpilot.server.route.CommonSchemas;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.List;

/** {@code POST /v1/events}: validates and durably appends a batch; answers once the engine has stored it. */
public final class EventsResource {
    static final Schema INGEST_RESULT = Schema.named("IngestResult", object(
            "What happened to each event of the batch. Sent with status 200 whenever the body could be read, even "
                    + "if some (or all) events were rejected: accepted + duplicates + rejected = events sent.",
            required("accepted", "duplicates", "rejected", "errors"),
            "accepted", integer("events newly stored (durable when the response is sent)"),
            "duplicates", integer("events whose event_id was already stored; nothing changed"),
            "rejected", integer("events not stored; see errors"),
            "errors", array(ref(CommonSchemas.RECORD_ERRORS), "one entry per rejected event, in request order")),
            CommonSchemas.RECORD_ERRORS);

    private final Engine engine;
    private final BatchReader reader;
    private final ServerMetrics metrics;

    public EventsResource(Engine engine, BatchReader reader, ServerMetrics metrics) {
        this.engine = engine;
        this.reader = reader;
        this.metrics = metrics;
    }

    public Route route() {
        return Route.post("/v1/events").requires(Role.INGEST)
                .summary("ingestEvents", "events", "Ingest a batch of events")
                .description("Body: a JSON array of events, or NDJSON (Content-Type application/x-ndjson, one "
                        + "object per line). At most " + reader.maxRecords() + " events per request (413 above). "
                        + "Each event is validated on its own: invalid events are rejected with their index and "
                        + "field errors while the others are stored, so the answer is 200 whenever the body could be "
                        + "read (a 207-like answer; inspect 'rejected'). An NDJSON line that is not valid JSON "
                        + "rejects only that line. Replaying a batch is safe: stored event_ids count as duplicates.")
                .batchBody(EventWire.EVENT, reader.maxRecords(), "the events")
                .returns(200, INGEST_RESULT, "the batch was read; counts and per-event errors")
                .handle(this::ingest);
    }

    private void ingest(Context ctx) throws IOException {
        Batch batch = reader.read(ctx);
        IngestResult result = batch.records().isEmpty()
                ? new IngestResult(0, 0, List.of())
                : engine.ingestEvents(batch.records());
        List<Batch.RecordErrors> errors = batch.rejections(result.rejected());
        metrics.eventsIngested(result.accepted(), result.duplicates(), errors.size());
        ctx.json(new IngestResponse(result.accepted(), result.duplicates(), errors.size(), errors));
    }

    /** The wire answer of an ingested batch. */
    record IngestResponse(int accepted, int duplicates, int rejected, List<Batch.RecordErrors> errors) {}
}
