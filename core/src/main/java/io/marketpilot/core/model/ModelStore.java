package io.marketpilot.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The model registry: every trained model is saved as the next version of its name, and at most one version
 * per name is <em>active</em> (the one to serve). Saving never changes what is served; {@link #activate} does,
 * and every activation is kept in a history, so a rollback is the activation of an earlier version.
 *
 * <p>Contract: {@link #save} assigns the next version of the name atomically; {@link #latest} returns the
 * highest saved version whatever is active; {@link #activate} checks that the version exists and records the
 * switch in one step, so concurrent activations leave one active version and a complete history. A version's
 * {@link ModelStatus} is derived from that history. Versions stay readable until {@link #prune}d.
 *
 * <p>Stores written before the registry existed have no activations: {@link #active} is empty for every name
 * until something is activated, and the engine then serves {@link #latest} instead.
 */
public interface ModelStore {
    /** Stores {@code bytes} as the next version of {@code name}, a {@link ModelStatus#CANDIDATE}. */
    StoredModel save(String name, byte[] bytes, Provenance provenance);

    /** The highest saved version of {@code name}, active or not. */
    Optional<StoredModel> latest(String name);

    Optional<StoredModel> get(String name, long version);

    /** Every saved version of every name, ordered by name then version, with status and note but no bytes. */
    List<ModelVersion> list();

    /**
     * Makes {@code version} the served version of {@code name} and appends it to the history, stamped with the
     * store's clock. Activating the version that is already active is allowed and recorded too.
     *
     * @param reason who asked and why, e.g. {@code "trainer: ndcg@10 0.31 >= 0.29 of @4"}; not blank
     * @return the recorded activation
     * @throws UnknownModelVersionException if the version was never saved or was pruned; nothing changes
     */
    Activation activate(String name, long version, String reason);

    /** The active version of {@code name} with its bytes, or empty if no version of it was ever activated. */
    Optional<StoredModel> active(String name);

    /** The activations of {@code name}, newest first; empty if it was never activated. */
    List<Activation> activations(String name);

    /**
     * Records why {@code version} of {@code name} stays a candidate (typically: it lost to the active version
     * in evaluation). Marking again replaces the note. The note is a label only: it does not stop a later
     * {@link #activate}, and is kept after one.
     *
     * @param note why it was not activated; not blank
     * @throws UnknownModelVersionException if the version does not exist
     * @throws IllegalStateException if the version is or was active (its status is not {@code CANDIDATE})
     */
    void markCandidate(String name, long version, String note);

    /**
     * Deletes the versions of {@code name} other than the newest {@code keep} and the active one; the
     * activation history is kept. The latest version is never deleted, so version numbers are never reused.
     *
     * @param keep how many of the newest versions to keep; at least 1
     * @return the deleted versions, oldest first
     */
    List<Long> prune(String name, int keep);
}
