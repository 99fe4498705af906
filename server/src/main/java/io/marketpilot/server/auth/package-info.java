/**
 * Who may call what. {@link io.marketpilot.server.auth.AccessGuard} runs before every matched route: it reads
 * the key ({@code Authorization: Bearer} or {@code X-API-Key}), resolves it to a
 * {@link io.marketpilot.server.auth.Principal} (the configured admin key, compared in constant time, or a key of
 * the engine's key store) and checks the role the route {@link io.marketpilot.server.auth.Requires}.
 * Missing or unknown key: 401 with {@code WWW-Authenticate}; too small a role: 403. Public routes carry no role.
 */
package io.marketpilot.server.auth;
