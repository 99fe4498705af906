package io.marketpilot.store.sqlite;

import io.marketpilot.core.store.ItemStore;
import io.marketpilot.testkit.ItemStoreContract;
import io.marketpilot.testkit.StoreHandle;
import java.nio.file.Path;
import java.time.Clock;

class SqliteItemStoreTest extends ItemStoreContract {
    @Override
    protected StoreHandle<ItemStore> open(Path dir) {
        SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC());
        return new StoreHandle<>(state.items(), state);
    }
}
