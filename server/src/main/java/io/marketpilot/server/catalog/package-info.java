/**
 * The catalogue over HTTP: {@link io.marketpilot.server.catalog.ItemsResource} upserts items in bulk
 * ({@code PUT /v1/items}) and reads one ({@code GET /v1/items/{id}}) in the wire format of DESIGN §3.
 */
package io.marketpilot.server.catalog;
