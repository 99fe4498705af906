package io.marketpilot.core.access;

import java.util.List;
import java.util.Optional;

/**
 * API keys. Contract: secrets are stored only as hashes; {@link #create} returns the secret once;
 * {@link #authenticate} finds a key by its secret; a revoked key no longer authenticates.
 */
public interface ApiKeyStore {
    /** Creates a key and returns it with its secret, which is never retrievable again. */
    NewApiKey create(String name, Role role);

    Optional<ApiKey> authenticate(String secret);

    List<ApiKey> list();

    boolean revoke(String id);

    /** A freshly created key and its secret. */
    record NewApiKey(ApiKey key, String secret) {}
}
