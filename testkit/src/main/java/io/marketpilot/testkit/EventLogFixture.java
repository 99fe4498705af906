package io.marketpilot.testkit;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the {@link EventLogContract} suites share: a fresh log in a temporary directory for each test, and
 * reopening it from that directory.
 */
public abstract class EventLogFixture {
    @TempDir
    protected Path dir;
    protected EventLog log;

    /** Opens the log kept in {@code dir} (creating it when the directory is empty). */
    protected abstract EventLog open(Path dir);

    @BeforeEach
    void openLog() {
        log = open(dir);
    }

    @AfterEach
    void closeLog() {
        if (log != null) {
            log.close();
        }
    }

    /** Closes the log and opens it again from the same directory. */
    protected EventLog reopen() {
        log.close();
        log = null;
        log = open(dir);
        return log;
    }

    protected List<Event> scan(EventQuery query) {
        List<Event> out = new ArrayList<>();
        log.scan(query, out::add);
        return out;
    }

    protected List<Event> scanAll() {
        return scan(EventQuery.all());
    }
}
