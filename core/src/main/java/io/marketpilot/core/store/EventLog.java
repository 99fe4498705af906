package io.marketpilot.core.store;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The append-only log of behaviour events.
 *
 * <p>Contract (checked by {@code EventLogContract} in testkit):
 * <ul>
 *   <li>{@link #append} is idempotent on the event id: an id already stored is counted as a duplicate and
 *       the stored event is left as it was; a batch is all-or-nothing and durable when the call returns.</li>
 *   <li>Concurrent appends are safe; each event id is stored at most once.</li>
 *   <li>Reads see every append that returned before them.</li>
 * </ul>
 */
public interface EventLog extends AutoCloseable {

    AppendResult append(List<Event> events);

    /**
     * Starts an atomic bulk load: everything added becomes visible and durable on {@link BulkLoad#commit()},
     * nothing if the load is closed without commit.
     */
    BulkLoad bulkLoad();

    /** The user's most recent events, newest first. */
    List<Event> recent(UserId user, int limit);

    /** Streams the events matching {@code query} in timestamp order (ties in append order). */
    void scan(EventQuery query, Consumer<Event> sink);

    EventStats stats();

    /**
     * Runs a read-only query compiled against the log's documented schema (see {@link LogQuery}) and streams its
     * rows; sees every append that returned before it. Segment backfills and audits use it.
     */
    void query(LogQuery query, Consumer<LogQuery.Row> rows);

    /** Marks every stored event of these actors (user ids, or {@code anon:}-prefixed anonymous ids) as bot traffic. */
    int flagBots(Collection<String> actorKeys);

    /** The actor keys (see {@link Event#actorKey()}) that have bot-flagged events. */
    Set<String> botActors();

    @Override
    void close();

    /** An atomic, single-writer bulk load (see {@link EventLog#bulkLoad()}). */
    interface BulkLoad extends AutoCloseable {
        /** Adds a chunk; duplicates of stored or earlier-added ids are counted and skipped. */
        AppendResult add(List<Event> events);

        void commit();

        /** Rolls back unless committed. */
        @Override
        void close();
    }
}
