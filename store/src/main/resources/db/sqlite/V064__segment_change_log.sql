-- Segment change history for listeners that must not miss a change (issue 5: journeys). SegmentStore.record appends
-- every entry and exit here in the transaction that updates segment_memberships; each named listener keeps the
-- position it has durably taken in segment_listeners and, after a crash, reads what follows on start. Rows every
-- listener has taken are pruned. AUTOINCREMENT: a position is never reused, even after pruning every row.
CREATE TABLE segment_changes (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    segment_id  TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    entered     INTEGER NOT NULL,              -- 1 entered, 0 exited
    at_us       INTEGER NOT NULL               -- epoch microseconds
);

CREATE TABLE segment_listeners (
    listener    TEXT    NOT NULL PRIMARY KEY,
    position    INTEGER NOT NULL               -- the last position the listener acknowledged
);
