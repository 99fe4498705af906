/** Reviews over HTTP: {@code POST /v1/reviews} and {@code GET /v1/items/{id}/insights}. */
package io.marketpilot.server.reviews;
