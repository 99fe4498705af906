/**
 * Consent per purpose and channel (granted / denied / revoked, with timestamps): {@link io.marketpilot.features.consent.ConsentLedger}.
 * Invariant: the latest statement per scope wins; on a tie, the more restrictive one.
 */
package io.marketpilot.features.consent;
