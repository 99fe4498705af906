/**
 * Channels that deliver messages (webhook, SMTP e-mail, outbox), registered in
 * {@link io.marketpilot.automation.channel.ChannelTypes}; the durable send queue
 * ({@link io.marketpilot.automation.channel.Dispatcher} over an {@link io.marketpilot.automation.channel.OutboxStore})
 * records every decision before acting, so a crash never sends twice nor skips; tracking tokens for opens and clicks.
 */
package io.marketpilot.automation.channel;
