/**
 * Who may call the API: {@link io.marketpilot.core.access.Role}s ordered admin &gt; ingest &gt; read, and the
 * {@link io.marketpilot.core.access.ApiKeyStore} that keeps only hashes of key secrets.
 */
package io.marketpilot.core.access;
