-- What each line of an article's body is (extract -> model.BlockKind): one letter per line of
-- `body` (p paragraph, h heading, s subheading, l list item, n numbered item, q quote, c code),
-- so pages show headings and lists as such while `body` stays plain text for every other
-- feature. NULL when every line is a paragraph, and for articles stored before this column.
ALTER TABLE articles ADD COLUMN body_kinds TEXT;
