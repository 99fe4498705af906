package io.marketpilot.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The model registry. Contract: {@link #save} assigns the next version of the name atomically;
 * {@link #latest} returns the highest version; older versions stay readable until deleted.
 */
public interface ModelStore {
    StoredModel save(String name, byte[] bytes, Provenance provenance);

    Optional<StoredModel> latest(String name);

    Optional<StoredModel> get(String name, long version);

    /** Names and versions without the bytes' content (bytes are empty). */
    List<StoredModel> list();
}
