package io.marketpilot.server.batch;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;

import io.marketpilot.core.store.UpsertResult;
import io.marketpilot.engine.ingest.UpsertOutcome;
import io.marketpilot.server.route.CommonSchemas;
import io.marketpilot.server.route.Schema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The shared flow of {@code PUT /v1/items} and {@code PUT /v1/customers}: read, upsert the valid, report. */
public final class BulkUpsert {
    public static final Schema UPSERT_RESULT = Schema.named("UpsertResult", object(
            "What a bulk upsert wrote. Sent with status 200 whenever the body could be read: valid records are "
                    + "written (whole records replace stored ones by id), invalid ones are listed in errors.",
            required("created", "updated", "unchanged", "rejected", "errors"),
            "created", integer("records that did not exist"),
            "updated", integer("records that existed and changed"),
            "unchanged", integer("records identical to what was stored"),
            "rejected", integer("records not written; see errors"),
            "errors", array(ref(CommonSchemas.RECORD_ERRORS), "one entry per rejected record, in request order")),
            CommonSchemas.RECORD_ERRORS);

    private BulkUpsert() {}

    public static Response run(Batch batch, Function<List<Map<String, Object>>, UpsertOutcome> upsert) {
        UpsertOutcome outcome = batch.records().isEmpty()
                ? new UpsertOutcome(UpsertResult.NONE, List.of())
                : upsert.apply(batch.records());
        List<Batch.RecordErrors> errors = batch.rejections(outcome.rejected());
        UpsertResult w = outcome.written();
        return new Response(w.created(), w.updated(), w.unchanged(), errors.size(), errors);
    }

    /** The wire answer of a bulk upsert. */
    public record Response(int created, int updated, int unchanged, int rejected, List<Batch.RecordErrors> errors) {}
}
