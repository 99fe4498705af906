-- Automation state (issue 5): coupons, the message outbox and channel configurations. Numbered 50 so that
-- scripts of features developed at the same time (V003 …) do not collide. Instants used for ordering are
-- epoch milliseconds (ISO text does not sort with varying fractions); money is decimal text.

CREATE TABLE coupon_definitions (
    coupon_id   TEXT NOT NULL PRIMARY KEY,
    doc         TEXT NOT NULL,                 -- the definition in its wire form (JSON, see docs/api.md)
    saved_at    INTEGER NOT NULL
);

CREATE TABLE coupon_codes (
    code        TEXT NOT NULL PRIMARY KEY,     -- 13 characters, check character last
    coupon_id   TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    issued_at   INTEGER NOT NULL,
    reserved    TEXT NOT NULL,                 -- what the code holds of a money budget
    order_key   TEXT,                          -- set once redeemed
    redeemed_at INTEGER,
    discount    TEXT
);
CREATE INDEX coupon_codes_by_customer ON coupon_codes (coupon_id, user_id);
CREATE INDEX coupon_codes_by_user ON coupon_codes (user_id);

-- Running totals per coupon, updated in the same transaction as coupon_codes (the budget check reads one row).
CREATE TABLE coupon_usage (
    coupon_id      TEXT NOT NULL PRIMARY KEY,
    issued         INTEGER NOT NULL,
    reserved       TEXT NOT NULL,
    redeemed       INTEGER NOT NULL,
    discount_given TEXT NOT NULL
);

CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key TEXT NOT NULL UNIQUE,          -- the idempotency key
    channel     TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    message     TEXT NOT NULL,                 -- the whole message as JSON
    status      TEXT NOT NULL,                 -- PENDING, SENT, HELD, ACKED, BLOCKED, DEAD
    attempts    INTEGER NOT NULL,
    admitted    INTEGER NOT NULL,              -- 0/1: the guards let it through
    created_at  INTEGER NOT NULL,
    due         INTEGER,                       -- next attempt while PENDING
    done_at     INTEGER,
    detail      TEXT
);
CREATE INDEX outbox_due ON outbox (status, due);
CREATE INDEX outbox_by_channel ON outbox (channel, status, seq);

CREATE TABLE channels (
    name        TEXT NOT NULL PRIMARY KEY,
    type        TEXT NOT NULL,                 -- webhook, email, outbox
    settings    TEXT NOT NULL,                 -- JSON object
    updated_at  INTEGER NOT NULL
);
