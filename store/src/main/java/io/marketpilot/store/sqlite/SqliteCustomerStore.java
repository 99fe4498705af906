package io.marketpilot.store.sqlite;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.UpsertResult;
import io.marketpilot.store.json.JsonCodec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Customers in {@code state.sqlite}'s {@code customers} table; "unchanged" ignores {@code updatedAt}. */
final class SqliteCustomerStore implements CustomerStore {
    private final SqliteDb db;
    private final Upserts upserts = new Upserts("customers", "user_id", List.of("updated_at"));
    private final DocPages<Customer> docs;

    SqliteCustomerStore(SqliteDb db) {
        this.db = db;
        this.docs = new DocPages<>(db, "customers", "user_id", CustomerDocs::fromJson);
    }

    @Override
    public UpsertResult upsertAll(List<Customer> customers) {
        if (customers.isEmpty()) {
            return UpsertResult.NONE;
        }
        List<Upserts.Row> rows = Upserts.encode(customers, SqliteCustomerStore::row);
        return db.write("upsert customers", c -> upserts.apply(db, rows));
    }

    private static Upserts.Row row(Customer customer) {
        String json;
        try {
            json = JsonCodec.write(CustomerDocs.toMap(customer));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("customer " + customer.id() + ": " + e.getMessage()
                    + "; nothing of this batch was stored", e);
        }
        String updatedAt = customer.updatedAt() == null ? null : customer.updatedAt().toString();
        return new Upserts.Row(customer.id().value(), json, Upserts.fingerprint(CustomerDocs.content(customer)),
                Arrays.asList(updatedAt));
    }

    @Override
    public Optional<Customer> get(UserId id) {
        return docs.get(id.value());
    }

    @Override
    public long count() {
        return docs.count();
    }

    @Override
    public void forEach(Consumer<Customer> sink) {
        docs.forEach(sink);
    }
}
