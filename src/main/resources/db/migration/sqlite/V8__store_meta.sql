-- Facts about the store as a whole, by name: e.g. which version of the tagger wrote the stored
-- hashtags, so a release that tags better recomputes them once on start-up.
CREATE TABLE store_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
