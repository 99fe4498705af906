/**
 * JSON text for the free-form maps of events, items and customers. Entry point:
 * {@link io.marketpilot.store.json.JsonCodec}. Invariants: key order is kept; numbers come back with their
 * exact value (integers as Integer/Long/BigInteger, decimals as Double when the double is exact, else
 * BigDecimal); only JSON-like values (maps, lists, strings, numbers, booleans, null) are accepted.
 */
package io.marketpilot.store.json;
