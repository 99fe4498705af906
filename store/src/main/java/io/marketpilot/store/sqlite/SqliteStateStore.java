package io.marketpilot.store.sqlite;

import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.faq.FaqStore;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.core.store.SegmentStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Operational state in one SQLite file ({@code state.sqlite}, schema in {@code db/sqlite/}): the catalogue,
 * customers, API keys and the model registry, each behind its core interface and sharing one connection.
 * Every write is one transaction, durable when it returns (WAL, {@code synchronous=FULL}).
 */
public final class SqliteStateStore implements AutoCloseable {
    private final SqliteDb db;
    private final ItemStore items;
    private final CustomerStore customers;
    private final ApiKeyStore apiKeys;
    private final ModelStore models;
    private final ExperimentStore experiments;
    private final SegmentStore segments;
    private final FaqStore faq;

    private SqliteStateStore(SqliteDb db, Clock clock) {
        this.db = db;
        this.items = new SqliteItemStore(db);
        this.customers = new SqliteCustomerStore(db);
        this.apiKeys = new SqliteApiKeyStore(db, clock);
        this.models = new SqliteModelStore(db, clock);
        this.experiments = new SqliteExperimentStore(db, clock);
        this.segments = new SqliteSegmentStore(db);
        this.faq = new SqliteFaqStore(db);
    }

    /**
     * Opens (creating and migrating if needed) the state in {@code file}; {@code clock} stamps API keys, saved
     * models and activations.
     *
     * @throws io.marketpilot.store.schema.StoreOpenException if the file's schema is newer than this code
     */
    public static SqliteStateStore open(Path file, Clock clock) {
        return new SqliteStateStore(SqliteDb.open(file), Objects.requireNonNull(clock, "clock"));
    }

    public ItemStore items() {
        return items;
    }

    public CustomerStore customers() {
        return customers;
    }

    public ApiKeyStore apiKeys() {
        return apiKeys;
    }

    public ModelStore models() {
        return models;
    }

    public ExperimentStore experiments() {
        return experiments;
    }

    public SegmentStore segments() {
        return segments;
    }

    public FaqStore faq() {
        return faq;
    }

    @Override
    public void close() {
        db.close();
    }
}
