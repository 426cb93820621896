-- Look-alike names and report brigades (review 3, F-g).
-- The name's confusable skeleton (UTS #39, dev.newsloom.community.Names.skeleton): "alice_r" and
-- "аlice_r" (Cyrillic а) share one, so the second is refused as taken. Filled in by the
-- application for accounts made before this column (Accounts.fillSkeletons); NULL for an older
-- look-alike of an account that already holds the skeleton, which keeps working as it is.
ALTER TABLE users ADD COLUMN name_skeleton TEXT COLLATE "C";
CREATE UNIQUE INDEX users_name_skeleton ON users (name_skeleton);
-- A one-way hash of the network the account signed up from (Networks.of): reports from accounts
-- made on one network count as one reader's. NULL for accounts made with `newsloom user add`.
ALTER TABLE users ADD COLUMN signup_network TEXT COLLATE "C";
-- The same hash for the network a report was sent from; kept while the report is open.
ALTER TABLE comment_reports ADD COLUMN network TEXT COLLATE "C";
