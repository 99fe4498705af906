package io.marketpilot.server.catalog;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.batch.BatchReader;
import io.marketpilot.server.batch.BulkUpsert;
import io.marketpilot.server.metrics.ServerMetrics;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import java.io.IOException;
import java.util.List;

/** {@code PUT /v1/items} (bulk upsert) and {@code GET /v1/items/{id}}. */
public final class ItemsResource {
    private static final PathParam ID = new PathParam("id", "the item_id");

    private final Engine engine;
    private final BatchReader reader;
    private final ServerMetrics metrics;

    public ItemsResource(Engine engine, BatchReader reader, ServerMetrics metrics) {
        this.engine = engine;
        this.reader = reader;
        this.metrics = metrics;
    }

    public List<Route> routes() {
        return List.of(
                Route.put("/v1/items").requires(Role.INGEST)
                        .summary("upsertItems", "catalog", "Create or replace items in bulk")
                        .description("Body: a JSON array of items or NDJSON, at most " + reader.maxRecords()
                                + " per request (413 above). Each item replaces the stored item with its item_id. "
                                + "Invalid items are rejected with their index; the others are written (200).")
                        .batchBody(ItemWire.ITEM, reader.maxRecords(), "the items")
                        .returns(200, BulkUpsert.UPSERT_RESULT, "counts and per-item errors")
                        .handle(this::upsert),
                Route.get("/v1/items/{id}").requires(Role.READ)
                        .summary("getItem", "catalog", "One item")
                        .path(ID).mayNotFind()
                        .returns(200, ItemWire.ITEM, "the item")
                        .handle(this::get));
    }

    private void upsert(Context ctx) throws IOException {
        BulkUpsert.Response r = BulkUpsert.run(reader.read(ctx), engine::upsertItems);
        metrics.upserted(ServerMetrics.Kind.ITEMS, r.created(), r.updated(), r.unchanged(), r.rejected());
        ctx.json(r);
    }

    private void get(Context ctx) {
        ItemId id = ID.read(ctx, ItemId::new);
        var item = engine.item(id).orElseThrow(() -> ProblemException.notFound("no item with item_id '" + id + "'"));
        ctx.json(ItemWire.toWire(item));
    }
}
