package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.testkit.EventBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link DuckDbCrashTest}: appends batches of 100 events ({@code b<batch>-<i>}) and
 * prints each batch number once its append has returned, until the parent kills it.
 */
public final class AppendAndDie {
    private AppendAndDie() {}

    public static void main(String[] args) {
        DuckDbEventLog log = DuckDbEventLog.open(Path.of(args[0]));
        for (int batch = 0; ; batch++) {
            List<Event> events = new ArrayList<>(100);
            for (int i = 0; i < 100; i++) {
                events.add(EventBuilder.view("u" + i, "sku-" + batch).id("b" + batch + "-" + i).build());
            }
            log.append(events);
            System.out.println(batch);
            System.out.flush();
        }
    }
}
