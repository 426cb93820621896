-- Results of the AI features (summaries, briefs, who's who, timelines, compare coverage), computed
-- once per subject (an article or a story) and feature. A result holds the version of the articles
-- it was computed from; a story that gains an article or an article whose text changes computes
-- afresh, and placing an article deletes its story's rows.
CREATE TABLE ai_results (
    subject_id   TEXT    COLLATE "C" NOT NULL,
    feature      TEXT    COLLATE "C" NOT NULL,
    version      TEXT    COLLATE "C" NOT NULL,
    engine       TEXT    COLLATE "C" NOT NULL,  -- extractive, or generative:<model>
    note         TEXT    COLLATE "C",           -- why a generative rewrite is not shown (pending, failed), or NULL
    body         TEXT    COLLATE "C" NOT NULL,  -- the result as JSON
    computed_at  BIGINT  NOT NULL,
    PRIMARY KEY (subject_id, feature)
);
