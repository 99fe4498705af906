package io.marketpilot.core.store;

/** What an upsert did: records created, records changed, records identical to what was stored. */
public record UpsertResult(int created, int updated, int unchanged) {
    public static final UpsertResult NONE = new UpsertResult(0, 0, 0);

    /** Every record of the batch, whether it changed or not. */
    public int total() {
        return created + updated + unchanged;
    }

    public UpsertResult plus(UpsertResult o) {
        return new UpsertResult(created + o.created, updated + o.updated, unchanged + o.unchanged);
    }
}
