-- One category per article (tags.Category slug) and a handful of hashtags, ranked by score.
ALTER TABLE articles ADD COLUMN category TEXT COLLATE "C";
-- true when the publisher named the section: such articles teach the text classifier after a restart
ALTER TABLE articles ADD COLUMN category_hinted BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX articles_category_time ON articles (category, sort_time DESC);

CREATE TABLE article_tags (
    article_id  TEXT    COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_key     TEXT    COLLATE "C" NOT NULL,  -- lower-case tag: one page per tag whatever its case
    tag         TEXT    COLLATE "C" NOT NULL,
    label       TEXT    COLLATE "C" NOT NULL,
    -- SQLite's REAL is a 64-bit double; PostgreSQL's REAL would be 32-bit
    score       DOUBLE PRECISION NOT NULL,
    -- the article's time, copied so tag pages and trending need no join to sort or window
    sort_time   BIGINT  NOT NULL,
    PRIMARY KEY (article_id, tag_key)
);
CREATE INDEX article_tags_tag_time ON article_tags (tag_key, sort_time DESC);
CREATE INDEX article_tags_time ON article_tags (sort_time);
