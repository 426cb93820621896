-- Results of the AI features (summaries, briefs, who's who, timelines, compare coverage), computed
-- once per subject (an article or a story) and feature. A result holds the version of the articles
-- it was computed from; a story that gains an article or an article whose text changes computes
-- afresh, and placing an article deletes its story's rows.
CREATE TABLE ai_results (
    subject_id   TEXT    NOT NULL,
    feature      TEXT    NOT NULL,
    version      TEXT    NOT NULL,
    engine       TEXT    NOT NULL,  -- extractive, or generative:<model>
    note         TEXT,              -- why a generative rewrite is not shown (pending, failed), or NULL
    body         TEXT    NOT NULL,  -- the result as JSON
    computed_at  INTEGER NOT NULL,
    PRIMARY KEY (subject_id, feature)
);
