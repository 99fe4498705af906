package io.marketpilot.engine;

import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.engine.ingest.UpsertOutcome;
import io.marketpilot.engine.recommend.Recommendation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root: the whole flow — validate, clean, store, understand, decide — reads top to bottom
 * here as calls into the modules. Thread-safe; one per data directory.
 */
public final class Engine implements AutoCloseable {

    public static Engine open(EngineConfig config, Clock clock) {
        throw new UnsupportedOperationException("being written");
    }

    /** Validates, cleans and durably appends one batch of wire events (JSON-like maps). */
    public IngestResult ingestEvents(List<Map<String, Object>> batch) {
        throw new UnsupportedOperationException("being written");
    }

    public UpsertOutcome upsertItems(List<Map<String, Object>> batch) {
        throw new UnsupportedOperationException("being written");
    }

    public UpsertOutcome upsertCustomers(List<Map<String, Object>> batch) {
        throw new UnsupportedOperationException("being written");
    }

    public Optional<Item> item(ItemId id) {
        throw new UnsupportedOperationException("being written");
    }

    public Optional<Customer> customer(UserId id) {
        throw new UnsupportedOperationException("being written");
    }

    public List<Event> recentEvents(UserId id, int limit) {
        throw new UnsupportedOperationException("being written");
    }

    /** Imports a file; {@code progress} receives (stage, done, total) — total is -1 when unknown. */
    public ImportReport importFile(ImportRequest request, ProgressSink progress) {
        throw new UnsupportedOperationException("being written");
    }

    /** Trains the recommendation model(s) on the stored events and swaps them in. */
    public TrainingReport trainRecommendations() {
        throw new UnsupportedOperationException("being written");
    }

    public List<Recommendation> recommendForUser(UserId user, int n) {
        throw new UnsupportedOperationException("being written");
    }

    public List<Recommendation> similarItems(ItemId item, int n) {
        throw new UnsupportedOperationException("being written");
    }

    public EngineStats stats() {
        throw new UnsupportedOperationException("being written");
    }

    public ApiKeyStore apiKeys() {
        throw new UnsupportedOperationException("being written");
    }

    /** The engine's clock: every "now" in the product comes from here. */
    public Clock clock() {
        throw new UnsupportedOperationException("being written");
    }

    @Override
    public void close() {
    }
}
