-- Readers: accounts, sessions, comments, moderation, follows. Times are epoch milliseconds (UTC).
CREATE TABLE users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL,
    -- the name folded (NFKC, lower case): "Ana" and "ana" cannot both exist
    name_key        TEXT    NOT NULL UNIQUE,
    -- PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash (parameters travel with the hash)
    password_hash   TEXT    NOT NULL,
    role            TEXT    NOT NULL DEFAULT 'reader',
    created_at      INTEGER NOT NULL,
    banned_at       INTEGER,
    banned_reason   TEXT,
    banned_by       TEXT,
    -- SHA-256 of the secret in the private For-you feed's URL; NULL when the reader has none
    feed_token_hash TEXT UNIQUE
);

-- Server-side sessions. The cookie holds a random id; only its SHA-256 is stored, so a copy of
-- the database does not hand out sessions.
CREATE TABLE sessions (
    id_hash      TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Events counted in sliding windows: failed sign-ins per account and per address, sign-ups per
-- address. Kept in the store so that a restart does not reset a throttle.
CREATE TABLE rate_events (
    key TEXT    NOT NULL,
    at  INTEGER NOT NULL
);
CREATE INDEX rate_events_key_at ON rate_events (key, at);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    target_kind TEXT    NOT NULL,           -- 'article' or 'story'
    target_id   TEXT    NOT NULL,
    -- one level of replies: a reply's parent is always a top-level comment
    parent_id   INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body        TEXT    NOT NULL,
    status      TEXT    NOT NULL,           -- visible, held, hidden, deleted
    held_reason TEXT,
    created_at  INTEGER NOT NULL,
    edited_at   INTEGER
);
CREATE INDEX comments_target ON comments (target_kind, target_id, created_at);
CREATE INDEX comments_author ON comments (author_id, created_at);
CREATE INDEX comments_status ON comments (status, created_at);

CREATE TABLE comment_reports (
    comment_id  INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    reporter_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (comment_id, reporter_id)
);

-- Every moderation action, with who and when. Names are copied so the log outlives accounts.
CREATE TABLE moderation_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    at             INTEGER NOT NULL,
    moderator_name TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    comment_id     INTEGER,
    user_name      TEXT,
    detail         TEXT
);
CREATE INDEX moderation_log_at ON moderation_log (at DESC);

CREATE TABLE blocked_words (
    word     TEXT    PRIMARY KEY,
    added_by TEXT    NOT NULL,
    added_at INTEGER NOT NULL
);

CREATE TABLE follows (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,            -- 'hashtag' (lower-case key), 'source' (id), 'story' (id)
    key        TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, kind, key)
);
