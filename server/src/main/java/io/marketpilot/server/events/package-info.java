/**
 * Behaviour events over HTTP: {@link io.marketpilot.server.events.EventsResource} ingests batches
 * ({@code POST /v1/events}) and lists a customer's recent events ({@code GET /v1/customers/{id}/events}).
 * Events are written in the wire format of DESIGN §3; unknown fields a client sent come back at top level.
 */
package io.marketpilot.server.events;
