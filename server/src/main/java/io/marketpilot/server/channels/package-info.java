/** {@code /v1/channels}: configure channels, test-send, inspect and acknowledge the outbox. Entry: {@link io.marketpilot.server.channels.ChannelsResource}. */
package io.marketpilot.server.channels;
