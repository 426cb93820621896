-- Where the story engine put each article. The engine's working state is rebuilt from this at
-- start-up, so the embedding is kept (384 signed bytes) rather than computed again.
CREATE TABLE article_stories (
    article_id   TEXT    COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id     TEXT    COLLATE "C" NOT NULL,
    -- the earlier article this one copies (syndicated wire copy), or NULL for an original
    duplicate_of TEXT    COLLATE "C",
    embedding    BYTEA
);
CREATE INDEX article_stories_story ON article_stories (story_id);
CREATE INDEX article_stories_duplicate ON article_stories (duplicate_of);

-- A story folded into another keeps answering at its old address.
CREATE TABLE story_aliases (
    old_id   TEXT COLLATE "C" PRIMARY KEY,
    story_id TEXT COLLATE "C" NOT NULL
);
