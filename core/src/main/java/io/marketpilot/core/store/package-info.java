/**
 * Storage SPIs: {@link io.marketpilot.core.store.EventLog} (append-only, idempotent on event id),
 * {@link io.marketpilot.core.store.ItemStore} and {@link io.marketpilot.core.store.CustomerStore}
 * (whole-record upserts). Implementations live in the store module; one contract suite per interface
 * lives in testkit.
 */
package io.marketpilot.core.store;
