package io.marketpilot.server.customers;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.batch.BatchReader;
import io.marketpilot.server.batch.BulkUpsert;
import io.marketpilot.server.metrics.ServerMetrics;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import java.io.IOException;
import java.util.List;

/** {@code PUT /v1/customers} (bulk upsert) and {@code GET /v1/customers/{id}}. */
public final class CustomersResource {
    private static final PathParam ID = new PathParam("id", "the user_id");

    private final Engine engine;
    private final BatchReader reader;
    private final ServerMetrics metrics;

    public CustomersResource(Engine engine, BatchReader reader, ServerMetrics metrics) {
        this.engine = engine;
        this.reader = reader;
        this.metrics = metrics;
    }

    public List<Route> routes() {
        return List.of(
                Route.put("/v1/customers").requires(Role.INGEST)
                        .summary("upsertCustomers", "customers", "Create or replace customers in bulk")
                        .description("Body: a JSON array of customers or NDJSON, at most " + reader.maxRecords()
                                + " per request (413 above). Each customer replaces the stored one with its user_id. "
                                + "Invalid customers are rejected with their index; the others are written (200).")
                        .batchBody(CustomerWire.CUSTOMER, reader.maxRecords(), "the customers")
                        .returns(200, BulkUpsert.UPSERT_RESULT, "counts and per-customer errors")
                        .handle(this::upsert),
                Route.get("/v1/customers/{id}").requires(Role.READ)
                        .summary("getCustomer", "customers", "One customer")
                        .path(ID).mayNotFind()
                        .returns(200, CustomerWire.CUSTOMER, "the customer")
                        .handle(this::get));
    }

    private void upsert(Context ctx) throws IOException {
        BulkUpsert.Response r = BulkUpsert.run(reader.read(ctx), engine::upsertCustomers);
        metrics.upserted(ServerMetrics.Kind.CUSTOMERS, r.created(), r.updated(), r.unchanged(), r.rejected());
        ctx.json(r);
    }

    private void get(Context ctx) {
        UserId id = ID.read(ctx, UserId::new);
        var customer = engine.customer(id)
                .orElseThrow(() -> ProblemException.notFound("no customer with user_id '" + id + "'"));
        ctx.json(CustomerWire.toWire(customer));
    }
}
