-- After the forum's panel is complete, staff can take the volunteers' quota answers off the public
-- verification page (issue 18): features.csv, candidates.csv and selection.json are no longer
-- served, while their hashes (the input hash, each run's result hash) stay on the page, so whoever
-- kept the files can still check them. The files stay in the database for staff (alternates).
ALTER TABLE forums
    ADD COLUMN pool_unpublished_at timestamptz,
    ADD COLUMN pool_unpublished_by text,
    ADD CONSTRAINT forums_pool_unpublished CHECK ((pool_unpublished_at IS NULL) = (pool_unpublished_by IS NULL));
