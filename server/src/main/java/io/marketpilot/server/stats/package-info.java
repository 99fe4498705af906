/** Store counts over HTTP: {@link io.marketpilot.server.stats.StatsResource} ({@code GET /v1/stats}). */
package io.marketpilot.server.stats;
