/** Liveness: {@link io.marketpilot.server.health.HealthResource} ({@code GET /health}, public). */
package io.marketpilot.server.health;
