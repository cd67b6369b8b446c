-- From selected to seated (issue 22): every change of a panel member's status, with who made it,
-- when and why. A member's status is the latest row (none yet: selected). The comment is what a
-- caller noted and may say something personal, so it is not audited and it goes when the member's
-- contact details are deleted (then NULL); the status, who and when stay.
CREATE TABLE forum_panel_statuses (
    id          bigserial   PRIMARY KEY,
    forum_id    bigint      NOT NULL REFERENCES forum_panels (forum_id),
    number      integer     NOT NULL,
    status      text        NOT NULL CHECK (status IN ('selected', 'contacted', 'confirmed', 'declined', 'unreachable', 'withdrawn')),
    comment     text        CHECK (comment IS NULL OR (btrim(comment) <> '' AND char_length(comment) <= 500)),
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (forum_id, number) REFERENCES forum_volunteers (forum_id, number)
);
CREATE INDEX forum_panel_statuses_member ON forum_panel_statuses (forum_id, number, id);

-- Why each dropout of a round was replaced: its status when the round was drawn ({"V0012":
-- "declined"}), published on the verification page. Rounds drawn before this have none.
ALTER TABLE forum_panel_rounds ADD COLUMN reasons jsonb CHECK (reasons IS NULL OR jsonb_typeof(reasons) = 'object');
