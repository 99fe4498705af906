/**
 * The route table's vocabulary. A {@link io.marketpilot.server.route.Route} is method + path + required role +
 * handler + its documentation, built in one expression; the server registers the routes and the OpenAPI
 * document is generated from the very same list, so the two cannot drift apart.
 */
package io.marketpilot.server.route;
