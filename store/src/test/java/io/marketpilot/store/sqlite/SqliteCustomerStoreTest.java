package io.marketpilot.store.sqlite;

import io.marketpilot.core.store.CustomerStore;
import io.marketpilot.testkit.CustomerStoreContract;
import io.marketpilot.testkit.StoreHandle;
import java.nio.file.Path;
import java.time.Clock;

class SqliteCustomerStoreTest extends CustomerStoreContract {
    @Override
    protected StoreHandle<CustomerStore> open(Path dir) {
        SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC());
        return new StoreHandle<>(state.customers(), state);
    }
}
