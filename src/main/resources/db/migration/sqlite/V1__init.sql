-- Times are epoch milliseconds (UTC): portable to PostgreSQL and cheap to compare.
CREATE TABLE sources (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL,
    feed_url         TEXT    NOT NULL UNIQUE,
    site_url         TEXT,
    refresh_minutes  INTEGER NOT NULL DEFAULT 10,
    status           TEXT    NOT NULL DEFAULT 'NEW',
    last_error       TEXT,
    failures         INTEGER NOT NULL DEFAULT 0,
    last_fetched_at  INTEGER,
    last_success_at  INTEGER,
    next_fetch_at    INTEGER,
    etag             TEXT,
    last_modified    TEXT,
    created_at       INTEGER NOT NULL
);

CREATE TABLE articles (
    id            TEXT    PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url           TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    byline        TEXT,
    published_at  INTEGER,
    fetched_at    INTEGER NOT NULL,
    -- the time lists sort by: published_at, else fetched_at
    sort_time     INTEGER NOT NULL,
    lang          TEXT,
    image         TEXT,
    caption       TEXT,
    credit        TEXT,
    body          TEXT    NOT NULL,
    excerpt_only  INTEGER NOT NULL DEFAULT 0,
    categories    TEXT    NOT NULL DEFAULT '[]'
);
CREATE INDEX articles_sort_time ON articles (sort_time DESC, id);
CREATE INDEX articles_source_time ON articles (source_id, sort_time DESC);

CREATE TABLE fetch_attempts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url            TEXT    NOT NULL,
    started_at     INTEGER NOT NULL,
    duration_ms    INTEGER NOT NULL,
    http_status    INTEGER NOT NULL,
    outcome        TEXT    NOT NULL,
    new_articles   INTEGER NOT NULL,
    error          TEXT
);
CREATE INDEX fetch_attempts_source ON fetch_attempts (source_id, started_at DESC);

-- Other URLs that led to an article (the feed's link before redirects or a canonical URL), so a
-- feed item already ingested under another URL is recognised without fetching its page again.
CREATE TABLE article_aliases (
    alias_id    TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
