package io.marketpilot.engine.ingest;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.core.store.UpsertResult;
import io.marketpilot.data.cleaning.Cleaned;
import io.marketpilot.data.cleaning.CustomerCleaner;
import io.marketpilot.data.cleaning.ItemCleaner;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Bulk upserts of items and customers: clean and validate, then write the valid ones in one transaction. */
public final class RecordUpserter {
    private final ItemCleaner itemCleaner;
    private final CustomerCleaner customerCleaner;
    private final ItemStore items;
    private final CustomerStore customers;
    private final Consumer<Item> catalogueListener;
    private final int maxBatch;

    public RecordUpserter(ItemCleaner itemCleaner, CustomerCleaner customerCleaner, ItemStore items,
                          CustomerStore customers, Consumer<Item> catalogueListener, int maxBatch) {
        this.itemCleaner = itemCleaner;
        this.customerCleaner = customerCleaner;
        this.items = items;
        this.customers = customers;
        this.catalogueListener = catalogueListener;
        this.maxBatch = maxBatch;
    }

    public UpsertOutcome items(List<? extends Map<String, Object>> batch) {
        checkSize(batch);
        Cleaned<Item> cleaned = itemCleaner.clean(batch);
        UpsertResult written = writeItems(cleaned.accepted());
        return new UpsertOutcome(written, Rejections.of(cleaned.rejections(), 0));
    }

    public UpsertOutcome customers(List<? extends Map<String, Object>> batch) {
        checkSize(batch);
        Cleaned<Customer> cleaned = customerCleaner.clean(batch);
        UpsertResult written = cleaned.accepted().isEmpty() ? UpsertResult.NONE : customers.upsertAll(cleaned.accepted());
        return new UpsertOutcome(written, Rejections.of(cleaned.rejections(), 0));
    }

    /** Writes already-cleaned items and tells the recommender about availability changes. */
    public UpsertResult writeItems(List<Item> valid) {
        if (valid.isEmpty()) {
            return UpsertResult.NONE;
        }
        UpsertResult written = items.upsertAll(valid);
        valid.forEach(catalogueListener);
        return written;
    }

    public UpsertResult writeCustomers(List<Customer> valid) {
        return valid.isEmpty() ? UpsertResult.NONE : customers.upsertAll(valid);
    }

    private void checkSize(List<?> batch) {
        if (batch.size() > maxBatch) {
            throw new BatchTooLargeException(batch.size(), maxBatch);
        }
    }
}
