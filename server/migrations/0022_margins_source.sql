-- Where a survey's population margins come from (issue 19): the source, the reference date of the
-- counts and the population they cover, as staff state them with an upload. Replaced with every
-- upload, like the margins themselves; an empty text or NULL date means not stated, which the
-- council report then says.
CREATE TABLE survey_margins_source (
    survey_id       bigint PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
    source          text   NOT NULL DEFAULT '' CHECK (char_length(source) <= 200),
    reference_date  date,
    population      text   NOT NULL DEFAULT '' CHECK (char_length(population) <= 200)
);
