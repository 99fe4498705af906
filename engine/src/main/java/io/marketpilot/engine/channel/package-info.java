/**
 * Messaging in the engine: {@link io.marketpilot.engine.channel.MessagingService} keeps the configured channels
 * (SQLite table {@code channels}), the durable outbox ({@link io.marketpilot.engine.channel.SqliteOutboxStore}),
 * the send guards built from {@link io.marketpilot.engine.channel.MessagingConfig}, the dispatcher loop on the
 * engine clock, and turns tracking tokens into {@code message_opened} / {@code message_clicked} events.
 */
package io.marketpilot.engine.channel;
