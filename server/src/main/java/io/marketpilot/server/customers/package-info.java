/**
 * Customers over HTTP: {@link io.marketpilot.server.customers.CustomersResource} upserts customers in bulk
 * ({@code PUT /v1/customers}) and reads one ({@code GET /v1/customers/{id}}) in the wire format of DESIGN §3.
 */
package io.marketpilot.server.customers;
