/**
 * The OpenAPI 3.1 document, generated from the route table: {@link io.marketpilot.server.openapi.OpenApiResource}
 * serves {@code GET /openapi.json}, built by {@code OpenApiDocument} from the same {@code Route} list the server
 * registers, so every registered route is documented and nothing else is.
 */
package io.marketpilot.server.openapi;
