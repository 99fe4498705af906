/**
 * The HTTP server. {@link io.marketpilot.server.http.ApiServer} is the entry point: it assembles the route
 * table, registers every route with its required role, installs the one exception mapper (everything becomes
 * {@code application/problem+json}), the access guard, request ids, the access log and request metrics, and
 * serves on virtual threads. {@link io.marketpilot.server.http.ServerConfig} is its configuration.
 * Invariant: the routes registered are exactly the routes documented in {@code /openapi.json}.
 */
package io.marketpilot.server.http;
