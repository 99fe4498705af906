/**
 * Typed identifiers: {@code UserId}, {@code ItemId}, {@code EventId}, {@code SessionId}, {@code AnonymousId}.
 * Each is a record over a non-blank, trimmed string of at most 256 characters; constructing a blank id
 * throws, so a typed id in hand is always valid.
 */
package io.marketpilot.core.id;
