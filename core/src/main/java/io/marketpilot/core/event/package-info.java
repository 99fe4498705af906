/**
 * Behaviour events: the closed {@link io.marketpilot.core.event.EventType} set, the immutable
 * {@link io.marketpilot.core.event.Event} and {@link io.marketpilot.core.event.EventParser}, which checks a
 * wire record and reports every problem with its field. Invariant: an Event in hand is valid.
 */
package io.marketpilot.core.event;
