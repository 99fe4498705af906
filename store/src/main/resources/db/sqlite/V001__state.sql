-- Operational state (state.sqlite). Records are JSON documents (key order kept) plus the columns worth
-- querying; fingerprint = SHA-256 of the canonical JSON (sorted keys) of the compared content, so an upsert
-- can tell changed from unchanged without decoding documents.

CREATE TABLE items (
    item_id     TEXT    NOT NULL PRIMARY KEY,
    doc         TEXT    NOT NULL,              -- the whole Item as JSON
    fingerprint BLOB    NOT NULL,
    title       TEXT    NOT NULL,
    brand       TEXT,
    category    TEXT,                          -- path joined with ' > '
    available   INTEGER NOT NULL               -- 0/1
);

CREATE TABLE customers (
    user_id     TEXT    NOT NULL PRIMARY KEY,
    doc         TEXT    NOT NULL,              -- the whole Customer as JSON
    fingerprint BLOB    NOT NULL,              -- excludes updated_at
    updated_at  TEXT                           -- ISO-8601 instant
);

CREATE TABLE api_keys (
    key_id        TEXT NOT NULL PRIMARY KEY,   -- public prefix of the secret, e.g. mp_Ab3dE9xQ
    secret_sha256 BLOB NOT NULL UNIQUE,        -- the secret itself is never stored
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,               -- read, ingest, admin
    created_at    TEXT NOT NULL,               -- ISO-8601 instant
    revoked_at    TEXT                         -- NULL while the key is valid
);

CREATE TABLE models (
    name        TEXT    NOT NULL,
    version     INTEGER NOT NULL,              -- 1, 2, 3 … per name
    bytes       BLOB    NOT NULL,              -- the serialised model (format header and checksum inside)
    size        INTEGER NOT NULL,
    provenance  TEXT    NOT NULL,              -- Provenance as JSON
    saved_at    TEXT    NOT NULL,              -- ISO-8601 instant
    PRIMARY KEY (name, version)
);
