package io.marketpilot.store.embedded;

import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.faq.FaqStore;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.core.store.SegmentStore;
import io.marketpilot.store.duckdb.DuckDbEventLog;
import io.marketpilot.store.sqlite.SqliteStateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * All stores of one data directory, embedded in this process: {@code events.duckdb} (the event log) and
 * {@code state.sqlite} (items, customers, API keys, models). One process at a time may open a directory.
 *
 * <pre>{@code
 * try (EmbeddedStores stores = EmbeddedStores.open(dataDir, clock)) {
 *     stores.events().append(batch);
 *     stores.items().upsertAll(items);
 * }
 * }</pre>
 */
public final class EmbeddedStores implements AutoCloseable {
    /** The event log's file name inside the data directory. */
    public static final String EVENTS_FILE = "events.duckdb";
    /** The state store's file name inside the data directory. */
    public static final String STATE_FILE = "state.sqlite";

    private final Path dataDir;
    private final DuckDbEventLog events;
    private final SqliteStateStore state;

    private EmbeddedStores(Path dataDir, DuckDbEventLog events, SqliteStateStore state) {
        this.dataDir = dataDir;
        this.events = events;
        this.state = state;
    }

    /** Opens the stores in {@code dataDir} with the system UTC clock stamping API keys and models. */
    public static EmbeddedStores open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /**
     * Opens the stores in {@code dataDir}, creating the directory and databases and migrating their schemas
     * as needed.
     *
     * @throws io.marketpilot.store.schema.StoreOpenException if another process uses the directory, or a
     *         database was written by a newer MarketPilot (the message says what to do)
     */
    public static EmbeddedStores open(Path dataDir, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        DuckDbEventLog events = DuckDbEventLog.open(dataDir.resolve(EVENTS_FILE));
        try {
            return new EmbeddedStores(dataDir, events, SqliteStateStore.open(dataDir.resolve(STATE_FILE), clock));
        } catch (RuntimeException e) {
            try {
                events.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public EventLog events() {
        return events;
    }

    public ItemStore items() {
        return state.items();
    }

    public CustomerStore customers() {
        return state.customers();
    }

    public ApiKeyStore apiKeys() {
        return state.apiKeys();
    }

    public ModelStore models() {
        return state.models();
    }

    public ExperimentStore experiments() {
        return state.experiments();
    }

    public SegmentStore segments() {
        return state.segments();
    }

    public FaqStore faq() {
        return state.faq();
    }

    /** Closes both databases; the event log checkpoints its WAL into the file first. */
    @Override
    public void close() {
        try {
            events.close();
        } finally {
            state.close();
        }
    }
}
