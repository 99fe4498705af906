/** {@code /v1/uplift}: the served uplift model and predicted uplift for customer features. Entry: {@link io.marketpilot.server.uplift.UpliftResource}. */
package io.marketpilot.server.uplift;
