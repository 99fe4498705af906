package io.marketpilot.core.store;

/** What an append did: new events stored, and events skipped because their id was already stored. */
public record AppendResult(int appended, int duplicates) {
    public static final AppendResult NONE = new AppendResult(0, 0);

    public AppendResult plus(AppendResult other) {
        return new AppendResult(appended + other.appended, duplicates + other.duplicates);
    }
}
