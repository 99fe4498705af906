/**
 * The embedded deployment's stores. Entry point: {@link io.marketpilot.store.embedded.EmbeddedStores}, which
 * opens {@code events.duckdb} and {@code state.sqlite} in one data directory and closes them together.
 * Invariant: one process per data directory (DuckDB's file lock; a clear message otherwise).
 */
package io.marketpilot.store.embedded;
