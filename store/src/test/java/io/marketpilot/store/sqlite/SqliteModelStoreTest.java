package io.marketpilot.store.sqlite;

import io.marketpilot.core.model.ModelStore;
import io.marketpilot.testkit.ModelStoreContract;
import io.marketpilot.testkit.StoreHandle;
import java.nio.file.Path;
import java.time.Clock;

class SqliteModelStoreTest extends ModelStoreContract {
    @Override
    protected StoreHandle<ModelStore> open(Path dir, Clock clock) {
        SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), clock);
        return new StoreHandle<>(state.models(), state);
    }
}
