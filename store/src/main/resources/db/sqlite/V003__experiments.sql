-- Experiments (ExperimentStore): the definition document as JSON and the lifecycle instants. Assignment is a
-- pure function of the definition; exposures live in the event log (custom events, see docs/api.md).

CREATE TABLE experiments (
    experiment_id TEXT NOT NULL PRIMARY KEY,
    seq           INTEGER NOT NULL,            -- creation order
    doc           TEXT NOT NULL,               -- the definition as JSON
    status        TEXT NOT NULL,               -- draft, running, stopped
    created_at    TEXT NOT NULL,               -- ISO-8601 instants from the store clock
    started_at    TEXT,
    stopped_at    TEXT
);
