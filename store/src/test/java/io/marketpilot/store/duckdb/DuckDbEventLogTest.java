package io.marketpilot.store.duckdb;

import io.marketpilot.core.store.EventLog;
import io.marketpilot.testkit.EventLogContract;
import java.nio.file.Path;

class DuckDbEventLogTest extends EventLogContract {
    @Override
    protected EventLog open(Path dir) {
        return DuckDbEventLog.open(dir.resolve("events.duckdb"));
    }
}
