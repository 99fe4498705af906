package io.marketpilot.engine.ingest;

import io.marketpilot.core.store.UpsertResult;
import java.util.List;

/** The answer to a bulk upsert of items or customers: what was written, and every rejected record. */
public record UpsertOutcome(UpsertResult written, List<IngestResult.Rejection> rejected) {
    public UpsertOutcome {
        rejected = List.copyOf(rejected);
    }
}
