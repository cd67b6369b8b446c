-- A survey's population margins (issue 7): the figures the server weights its results to, as one
-- upload of `variable,category,population_count`. An upload replaces the survey's margins as a
-- whole (in one transaction), so the rows of a survey always come from one file. `position` keeps
-- the file's order, which decides the order of the weighting variables and their categories in
-- the report, exactly as `mienskip weigh` reads the same file.
CREATE TABLE survey_margins (
    survey_id         bigint      NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    position          integer     NOT NULL CHECK (position >= 0),
    variable          text        NOT NULL CHECK (variable <> ''),
    category          text        NOT NULL CHECK (category <> ''),
    -- numeric keeps the figure as uploaded (no binary rounding between upload and weighting).
    population_count  numeric     NOT NULL CHECK (population_count >= 0),
    uploaded_by       text        NOT NULL,
    uploaded_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (survey_id, variable, category),
    UNIQUE (survey_id, position)
);
