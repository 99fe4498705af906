/** {@code POST /v1/items/{id}/copy}: marketing copy variants for an item. */
package io.marketpilot.server.copy;
