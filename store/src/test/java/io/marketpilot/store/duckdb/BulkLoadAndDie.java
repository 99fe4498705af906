package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.testkit.EventBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link DuckDbBulkLoadCrashTest}: commits {@value #COMMITTED} events ({@code a-<i>}) with
 * an ordinary append and prints {@code committed}; then adds {@value #CHUNKS} chunks of {@value #CHUNK} events
 * ({@code b<chunk>-<i>}) to a bulk load that it never commits (enough rows that DuckDB has already written row
 * groups of them into the file), prints {@code loading}, and waits to be killed.
 */
public final class BulkLoadAndDie {
    static final int COMMITTED = 100;
    static final int CHUNKS = 15;
    static final int CHUNK = 20_000;

    private BulkLoadAndDie() {}

    public static void main(String[] args) throws InterruptedException {
        DuckDbEventLog log = DuckDbEventLog.open(Path.of(args[0]));
        List<Event> committed = new ArrayList<>(COMMITTED);
        for (int i = 0; i < COMMITTED; i++) {
            committed.add(EventBuilder.view("u" + i, "sku-0").id("a-" + i).build());
        }
        log.append(committed);
        System.out.println("committed");
        System.out.flush();
        EventLog.BulkLoad bulk = log.bulkLoad();
        for (int c = 0; c < CHUNKS; c++) {
            List<Event> chunk = new ArrayList<>(CHUNK);
            for (int i = 0; i < CHUNK; i++) {
                chunk.add(EventBuilder.view("u" + i % 500, "sku-" + c).id("b" + c + "-" + i).build());
            }
            bulk.add(chunk);
        }
        System.out.println("loading");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
