-- The model registry: activations and candidate notes (ModelStore.activate, markCandidate, prune).
-- Status is not stored but derived from the history: ACTIVE is the version of the newest activation of its
-- name, RETIRED a version activated before that, CANDIDATE any other. A name without activations (every
-- name in a state.sqlite from before this script) has no active version; the engine serves its latest.

ALTER TABLE models ADD COLUMN note TEXT;       -- why a candidate was not activated; NULL if none

-- No foreign key to models: the history outlives versions deleted by prune.
CREATE TABLE activations (
    name        TEXT    NOT NULL,
    seq         INTEGER NOT NULL,              -- 1, 2, 3 … per name, in commit order
    version     INTEGER NOT NULL,              -- the version made active
    previous    INTEGER,                       -- the version active before; NULL for the first activation
    reason      TEXT    NOT NULL,              -- who asked and why
    at          TEXT    NOT NULL,              -- ISO-8601 instant from the store clock
    PRIMARY KEY (name, seq)
);
