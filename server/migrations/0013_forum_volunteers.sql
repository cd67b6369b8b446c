-- The volunteers of a burgerforum (issue 6, step 4): residents who answered their invitation
-- letter, by signing up on the forum's public page with their letter code or through staff who
-- import them, with their answers to the quota questions. The panel is selected from them (step 5).

-- Sign-up is open from the draw until staff close it; the panel is selected from the volunteers
-- as they are then, so no one can join (or be imported) after it closed.
ALTER TABLE forums ADD COLUMN sign_up_closed_at timestamptz;
ALTER TABLE forums ADD COLUMN sign_up_closed_by text;
ALTER TABLE forums ADD CONSTRAINT sign_up_closed_together
    CHECK ((sign_up_closed_at IS NULL) = (sign_up_closed_by IS NULL));

CREATE TABLE forum_volunteers (
    forum_id       bigint      NOT NULL REFERENCES forums (id),
    -- The volunteer's number within the forum, given in order of registration. Published as the
    -- pseudonymous id `V` + four digits (V0001) on the verification page and in the selection's
    -- input; it says nothing about the register row or the letter.
    number         integer     NOT NULL CHECK (number >= 1),
    -- The invitation (letter) answered: one volunteer per letter, and only invited residents.
    draw_order     integer     NOT NULL,
    -- {"<category name>": "<value>"} for every category of the forum's quotas, as answered.
    answers        jsonb       NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
    -- Contact details for inviting the volunteer to the panel: personal data, removed with
    -- POST .../volunteers/personal-data/delete once the panel is complete (NULL afterwards).
    name           text,
    email          text,
    phone          text,
    source         text        NOT NULL CHECK (source IN ('sign_up', 'import')),
    -- The staff member who imported the volunteer; NULL for a resident's own sign-up.
    registered_by  text,
    registered_at  timestamptz NOT NULL DEFAULT now(),
    -- A volunteer who withdraws before the selection stays listed (numbers are never reused)
    -- but is not in the pool.
    withdrawn_at   timestamptz,
    PRIMARY KEY (forum_id, number),
    UNIQUE (forum_id, draw_order),
    FOREIGN KEY (forum_id, draw_order) REFERENCES forum_invitations (forum_id, draw_order),
    CHECK ((source = 'import') = (registered_by IS NOT NULL))
);
