-- Journeys (issue 5): versioned definitions, one row per customer run, durable timers, the journey log and the
-- action intents (outbox pattern). Written by the engine's automation connection (engine/journey); a transition's
-- run row, its timer and its intents change in one transaction. Instants are epoch milliseconds.

CREATE TABLE journey_definitions (
    journey_id  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    doc         TEXT NOT NULL,                 -- the definition as saved (JSON)
    saved_at    INTEGER NOT NULL,
    PRIMARY KEY (journey_id, version)
);

CREATE TABLE journeys (
    journey_id  TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL,                 -- DRAFT, ACTIVE, PAUSED
    latest      INTEGER NOT NULL,              -- the version new customers enter
    updated_at  INTEGER NOT NULL
);

-- One customer's run of one journey version. open = the journey machine still holds the run (events and its
-- timer reach it; an exited run stays open until its attribution window ends); active = in the journey.
-- The run's durable timer is wake_at.
CREATE TABLE journey_runs (
    run_id      TEXT NOT NULL PRIMARY KEY,     -- derived from journey, version, customer and entry instant
    journey_id  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    user_id     TEXT NOT NULL,
    open        INTEGER NOT NULL,
    active      INTEGER NOT NULL,
    step        TEXT,                          -- current step (NULL once exited)
    step_since  INTEGER NOT NULL,
    wake_at     INTEGER,
    waiting_for TEXT,                          -- what the step waits for, for people
    arm         TEXT,                          -- the split arm ('holdout' for held-out customers)
    entered_at  INTEGER NOT NULL,
    exited_at   INTEGER,
    exit_reason TEXT,
    converted_at INTEGER,
    state       TEXT NOT NULL                  -- the whole run (the journey machine's state) as JSON
);
CREATE INDEX journey_runs_due ON journey_runs (wake_at) WHERE open = 1;
CREATE INDEX journey_runs_by_user ON journey_runs (user_id, journey_id);
CREATE INDEX journey_runs_by_journey ON journey_runs (journey_id, active, step);

-- Timers of triggers rather than runs: a journey's next schedule/date sweep (user_id '') or a customer's
-- inactivity deadline (user_id set), re-armed on every purchase.
CREATE TABLE journey_timers (
    journey_id  TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    wake_at     INTEGER NOT NULL,
    PRIMARY KEY (journey_id, user_id)
);
CREATE INDEX journey_timers_due ON journey_timers (wake_at);

-- What happened to each run, for its history ("where a customer is and why"): entered, step, arm, action,
-- skipped, converted, exited. Reports count journey_runs, so the log is only read by run.
CREATE TABLE journey_log (
    seq         INTEGER PRIMARY KEY,
    journey_id  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    run_id      TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    step        TEXT,
    detail      TEXT,
    at          INTEGER NOT NULL
);
CREATE INDEX journey_log_by_run ON journey_log (run_id, seq);

-- Decided actions waiting to be performed, in rowid order; the key is the action's idempotency key (also the
-- outbox message key).
CREATE TABLE journey_intents (
    intent_key  TEXT NOT NULL PRIMARY KEY,
    run_id      TEXT NOT NULL,
    journey_id  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,                 -- message, coupon, webhook, trait, segment
    action      TEXT NOT NULL,                 -- the action as JSON
    status      TEXT NOT NULL,                 -- PENDING, DONE, FAILED
    attempts    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    due         INTEGER NOT NULL,
    done_at     INTEGER,
    detail      TEXT
);
CREATE INDEX journey_intents_pending ON journey_intents (due) WHERE status = 'PENDING';

