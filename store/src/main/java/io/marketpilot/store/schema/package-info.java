/**
 * Opening a database safely: {@link io.marketpilot.store.schema.Migrations} applies the ordered
 * {@code db/<database>/V###__name.sql} scripts in one transaction and records them in {@code schema_version};
 * {@link io.marketpilot.store.schema.StoreOpenException} says, for people, why a database cannot be opened
 * (held by another process, or written by a newer MarketPilot). Invariant: a database is never used at a
 * schema version other than the latest this code knows.
 */
package io.marketpilot.store.schema;
