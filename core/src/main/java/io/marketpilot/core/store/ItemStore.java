package io.marketpilot.core.store;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalogue. Contract: {@link #upsertAll} replaces whole items by id, is atomic for the batch and
 * durable when it returns; upserting the same items again changes nothing.
 */
public interface ItemStore {
    UpsertResult upsertAll(List<Item> items);

    Optional<Item> get(ItemId id);

    long count();

    /** All items in id order. */
    void forEach(Consumer<Item> sink);
}
