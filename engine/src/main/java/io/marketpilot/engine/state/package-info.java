/**
 * A second connection to the data directory's {@code state.sqlite} for engine-side stores of modules that may not
 * depend on {@code store} (automation: coupons, outbox, channels). The store module owns the schema (V050); this
 * connection only reads and writes, in immediate transactions. Entry point: {@link io.marketpilot.engine.state.StateDatabase}.
 */
package io.marketpilot.engine.state;
