/**
 * Journeys as the engine runs them: {@link io.marketpilot.engine.journey.JourneyService} saves versioned
 * definitions, enters customers on triggers, moves each run through the pure journey machine and keeps every run,
 * durable timer and action intent in {@code state.sqlite}. Invariant: a transition's run state, timer and intents
 * commit in one transaction; intents are then performed by their idempotency key, so a crash anywhere neither
 * repeats nor skips an action.
 */
package io.marketpilot.engine.journey;
