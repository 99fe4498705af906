/**
 * Identity: {@link io.marketpilot.features.identity.ProfileBook} routes events to profiles and merges an anonymous visitor into
 * a known customer on {@code identify}. Two known ids are never merged; merges are logged and can be undone.
 */
package io.marketpilot.features.identity;
