/** The model registry's admin routes. Entry: {@link io.marketpilot.server.models.ModelsResource}. */
package io.marketpilot.server.models;
