package io.marketpilot.core.store;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A read-only SQL query compiled against the event log's documented schema (the {@code events} table of
 * {@code db/duckdb/V001__events.sql}) plus a temporary table
 * {@code lookup(tag VARCHAR, k VARCHAR, name VARCHAR, text VARCHAR, num DOUBLE, ts BIGINT)} that the log fills
 * from {@code lookups} before running it (catalogue categories, customer facts). Used for segment backfills
 * and audits; {@link EventLog#query} streams its rows.
 */
public record LogQuery(String sql, Consumer<Consumer<LookupRow>> lookups) {
    public LogQuery {
        Objects.requireNonNull(sql, "sql");
        lookups = lookups == null ? sink -> { } : lookups;
    }

    /** One row of the {@code lookup} table; nullable: name, text, num, ts (a point in time in epoch microseconds). */
    public record LookupRow(String tag, String k, String name, String text, Double num, Long ts) {}

    /** One result row; columns are numbered from 0. */
    public interface Row {
        String text(int column);

        long integer(int column);

        double number(int column);
    }
}
