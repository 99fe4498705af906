/**
 * The embedded event log in DuckDB. Entry point: {@link io.marketpilot.store.duckdb.DuckDbEventLog}.
 * Invariants: event rows are written only through the Appender (appends) or the log's own table function
 * (bulk loads), inside explicit transactions, by one writer at a time; each event id is stored once (in-memory 64-bit id hashes, hits confirmed by query); a returned append
 * is durable (DuckDB fsyncs its WAL on commit); scans are ordered by (ts, ts_nanos, seq).
 */
package io.marketpilot.store.duckdb;
