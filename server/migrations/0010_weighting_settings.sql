-- A survey's weighting settings (issue 7): the weighting variables, weight bounds and breakdown
-- that the results, the council report and `mienskip survey report` use when no one asks for
-- other options. One row per survey, replaced as a whole; no row means the defaults (every margin
-- variable, plain raking, each view's own breakdown). The names are checked against the margins
-- and the survey when saved; margins uploaded later may lack them, which the server then reports
-- rather than silently weighting on something else.
CREATE TABLE survey_weighting_settings (
    survey_id     bigint      PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
    -- NULL: every variable of the margins, whichever are uploaded.
    variables     text[]      CHECK (variables IS NULL OR cardinality(variables) > 0),
    -- Multiples of the mean weight, as `mienskip weigh --lower/--upper`; both or neither.
    lower_bound   double precision,
    upper_bound   double precision,
    -- A demographic question id; NULL: the view's own default (none for results, area for the report).
    by_question   text        CHECK (by_question IS NULL OR by_question <> ''),
    updated_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((lower_bound IS NULL) = (upper_bound IS NULL)),
    CHECK (lower_bound IS NULL OR (lower_bound >= 0 AND lower_bound < 1 AND upper_bound > 1))
);
