/** Public tracking endpoints: {@code GET /t/o/{token}} (open pixel) and {@code GET /t/c/{token}} (click redirect). */
package io.marketpilot.server.tracking;
