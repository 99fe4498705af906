-- Segment entries and exits waiting to be applied by journeys (issue 5). The segment history thread writes them
-- here when it tells its listeners, and a journey pass applies and deletes them in one transaction, so a crash in
-- between loses none: the next pass after a restart applies what was left. Instants are epoch milliseconds.
CREATE TABLE journey_segment_changes (
    seq         INTEGER PRIMARY KEY,
    segment_id  TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    entered     INTEGER NOT NULL,              -- 1 entered, 0 exited
    at          INTEGER NOT NULL
);
