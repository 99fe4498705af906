package io.marketpilot.core.experiment;

import java.util.List;
import java.util.Optional;

/**
 * Experiments and their lifecycle. Contract: ids are unique ({@link #create} returns empty when taken);
 * {@link #transition} changes the status only from the expected one, stamping the store clock, atomically.
 */
public interface ExperimentStore {
    /** Stores a new draft; empty when the id is already taken. */
    Optional<StoredExperiment> create(String id, java.util.Map<String, Object> definition);

    Optional<StoredExperiment> get(String id);

    /** All experiments, oldest first. */
    List<StoredExperiment> list();

    /** Moves {@code id} from {@code from} to {@code to}; empty when it does not exist or is not in {@code from}. */
    Optional<StoredExperiment> transition(String id, ExperimentStatus from, ExperimentStatus to);
}
