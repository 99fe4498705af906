-- Segments (SegmentStore): definitions and membership history. Numbered 040 to leave room for scripts of
-- features built in parallel (Migrations allows gaps). Times are epoch microseconds (sortable integers).
CREATE TABLE segments (
    id          TEXT    PRIMARY KEY,
    seq         INTEGER NOT NULL,              -- creation order: 1, 2, 3 …
    name        TEXT    NOT NULL,
    definition  TEXT    NOT NULL,              -- the definition as JSON (docs/segments.md)
    created_at  TEXT    NOT NULL               -- ISO-8601 instant
);

-- One row per stay: a customer entered at entered_us and left at exited_us (NULL while a member).
CREATE TABLE segment_memberships (
    segment_id  TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    entered_us  INTEGER NOT NULL,
    exited_us   INTEGER
);
CREATE UNIQUE INDEX segment_members_now ON segment_memberships (segment_id, user_id) WHERE exited_us IS NULL;
CREATE INDEX segment_memberships_by_user ON segment_memberships (user_id) WHERE exited_us IS NULL;
CREATE INDEX segment_memberships_history ON segment_memberships (segment_id, entered_us);
