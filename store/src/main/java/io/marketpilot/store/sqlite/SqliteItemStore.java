package io.marketpilot.store.sqlite;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.core.store.UpsertResult;
import io.marketpilot.store.json.JsonCodec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The catalogue in {@code state.sqlite}'s {@code items} table. */
final class SqliteItemStore implements ItemStore {
    private final SqliteDb db;
    private final Upserts upserts = new Upserts("items", "item_id", List.of("title", "brand", "category", "available"));
    private final DocPages<Item> docs;

    SqliteItemStore(SqliteDb db) {
        this.db = db;
        this.docs = new DocPages<>(db, "items", "item_id", ItemDocs::fromJson);
    }

    @Override
    public UpsertResult upsertAll(List<Item> items) {
        if (items.isEmpty()) {
            return UpsertResult.NONE;
        }
        // encoding (JSON, fingerprint) is pure and costs about as much as the inserts: spread it over the cores
        List<Upserts.Row> rows = Upserts.encode(items, SqliteItemStore::row);
        return db.write("upsert items", c -> upserts.apply(db, rows));
    }

    private static Upserts.Row row(Item item) {
        Map<String, Object> doc = ItemDocs.toMap(item);
        String json;
        try {
            json = JsonCodec.write(doc);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("item " + item.id() + ": " + e.getMessage()
                    + "; nothing of this batch was stored", e);
        }
        String category = item.category().isEmpty() ? null : String.join(" > ", item.category());
        return new Upserts.Row(item.id().value(), json, Upserts.fingerprint(doc),
                Arrays.asList(item.title(), item.brand(), category, item.available() ? 1 : 0));
    }

    @Override
    public Optional<Item> get(ItemId id) {
        return docs.get(id.value());
    }

    @Override
    public long count() {
        return docs.count();
    }

    @Override
    public void forEach(Consumer<Item> sink) {
        docs.forEach(sink);
    }
}
