/**
 * API key administration: {@link io.marketpilot.server.keys.KeysResource} creates (the secret is shown once),
 * lists and revokes keys of the engine's key store. Admin role only.
 */
package io.marketpilot.server.keys;
