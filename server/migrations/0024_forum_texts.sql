-- Staff's own words for a forum (issue 23), as last saved, each change audited with what was
-- saved; checked by core before they are written. A forum without a row uses the defaults.
--   letter texts (core/invitations/letter_text): the facts the letters name (reply date, phone,
--     e-mail, meeting dates, allowance) and the text per language;
--   question texts (core/forum/question_texts): how each quota question and its values read on
--     the sign-up page in Dutch, Frisian and English, with a help text per question.
-- The size checks are backstops above what any accepted request can hold (a request body is at
-- most 1 MiB, and the checks in core bound every text), so a valid save never meets them.
CREATE TABLE forum_letter_texts (
    forum_id    bigint PRIMARY KEY REFERENCES forums (id) ON DELETE CASCADE,
    texts       jsonb NOT NULL CHECK (jsonb_typeof(texts) = 'object' AND octet_length(texts::text) <= 100000),
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE forum_question_texts (
    forum_id    bigint PRIMARY KEY REFERENCES forums (id) ON DELETE CASCADE,
    texts       jsonb NOT NULL CHECK (jsonb_typeof(texts) = 'object' AND octet_length(texts::text) <= 2000000),
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
