-- Per-publisher boilerplate learning (extract.LearnedBoilerplate): how many articles each source
-- has had, and the short lines seen in them with how many articles held each. A line becomes
-- boilerplate for its source only with enough support; the rule lives in the code, not here.
CREATE TABLE boilerplate_sources (
    source_id     BIGINT  PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    articles_seen INTEGER NOT NULL
);

CREATE TABLE boilerplate_lines (
    source_id     BIGINT  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    line_key      TEXT    COLLATE "C" NOT NULL,
    text          TEXT    COLLATE "C" NOT NULL,
    articles      INTEGER NOT NULL,
    first_article INTEGER NOT NULL,
    last_seen_at  BIGINT  NOT NULL,
    PRIMARY KEY (source_id, line_key)
);
