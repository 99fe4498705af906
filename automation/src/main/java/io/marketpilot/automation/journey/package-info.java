/**
 * Journeys: a JSON definition ({@link JourneyParser} → {@link JourneyDefinition}: a {@link Trigger}, steps by id,
 * exit rules, re-entry policy, limits, a conversion goal) and a pure, deterministic state machine
 * ({@link JourneyMachine}) that moves one customer's {@link JourneyRun} on entry, events, timers and action results,
 * returning a {@link Transition} with ordered {@link JourneyEffect}s. Invariants: the same inputs give the same
 * effects; every action carries an idempotency key unique to its decision; a run never loops without a wait.
 * {@link JourneyMigration} plans moving waiting runs to another version, all or none, keeping their keys unique.
 */
package io.marketpilot.automation.journey;
