-- The append-only event log (events.duckdb). One row per stored event.
-- event_id is unique: the writer guarantees it (an in-memory set of id_hash values, confirmed by query on a
-- hash hit) instead of an index, because an ART index over millions of strings slows every append.
CREATE TABLE events (
    seq          BIGINT        NOT NULL, -- append sequence 1, 2, 3 … in commit order; breaks timestamp ties
    event_id     VARCHAR       NOT NULL,
    id_hash      BIGINT        NOT NULL, -- IdHash.of(event_id): stable 64-bit hash, loaded at open for dedupe
    type         VARCHAR       NOT NULL, -- EventType wire name: view, purchase, …
    user_id      VARCHAR,
    anonymous_id VARCHAR,
    item_id      VARCHAR,
    ts           BIGINT        NOT NULL, -- event time: microseconds since 1970-01-01T00:00:00Z (make_timestamp(ts))
    ts_nanos     SMALLINT      NOT NULL, -- nanoseconds within that microsecond (0..999), so instants round-trip
    quantity     INTEGER       NOT NULL,
    price        DECIMAL(18,4),          -- unit price, 4 decimal places
    currency     VARCHAR,                -- ISO 4217
    session_id   VARCHAR,
    context      VARCHAR,                -- JSON object text (channel, device, geo …); NULL means {}
    properties   VARCHAR,                -- JSON object text; NULL means {}
    extra        VARCHAR,                -- unknown top-level fields as a JSON object; NULL means {}
    bot          BOOLEAN       NOT NULL  -- excluded from training
);
