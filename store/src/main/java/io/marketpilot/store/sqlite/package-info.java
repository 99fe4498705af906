/**
 * Operational state in SQLite. Entry point: {@link io.marketpilot.store.sqlite.SqliteStateStore}, which hands
 * out the item, customer, API-key and model stores over one serialised connection. Invariants: every write is
 * one {@code BEGIN IMMEDIATE} transaction, durable on return (WAL, synchronous=FULL); records are JSON
 * documents whose fingerprint decides created/updated/unchanged; API-key secrets are stored only as SHA-256;
 * the active model of a name is the one of its newest row in the append-only activation history.
 */
package io.marketpilot.store.sqlite;
