/** {@code POST /v1/assistant/answer}: answers a customer question from items and the FAQ, or hands off to a human. */
package io.marketpilot.server.assistant;
