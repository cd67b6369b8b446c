-- The invitation draw of a burgerforum (issue 6, step 3): the commitment published before the seed
-- is known, the seed and the receipt once drawn, and the invitations with their personal codes.

-- One draw per forum. Until `seed` is set the commitment may be replaced (new parameters, or a new
-- register); once drawn, the register, the parameters and the invitations are fixed.
CREATE TABLE forum_draws (
    forum_id          bigint      PRIMARY KEY REFERENCES forums (id),
    -- {"count", "stratify_by", "household_key", "oversample"}, as core/draw_settings reads them.
    parameters        jsonb       NOT NULL CHECK (jsonb_typeof(parameters) = 'object'),
    register_sha256   text        NOT NULL CHECK (register_sha256 ~ '^[0-9a-f]{64}$'),
    exclusion_sha256  text        NOT NULL CHECK (exclusion_sha256 ~ '^[0-9a-f]{64}$'),
    commitment        text        NOT NULL CHECK (commitment ~ '^[0-9a-f]{64}$'),
    committed_by      text        NOT NULL,
    committed_at      timestamptz NOT NULL DEFAULT now(),
    seed              text        CHECK (seed <> ''),
    drawn_by          text,
    drawn_at          timestamptz,
    -- What `mienskip draw --receipt` writes for the same register, parameters and seed.
    receipt           jsonb,
    CHECK ((seed IS NULL) = (drawn_at IS NULL) AND (seed IS NULL) = (receipt IS NULL))
);

-- The invitations in draw order. `code` is the personal code printed on the letter: personal
-- data like the register's rows, removed with them; `code_hash` (HMAC under the server secret,
-- as for survey codes) stays so that a resident can still sign up with the letter.
CREATE TABLE forum_invitations (
    forum_id    bigint  NOT NULL REFERENCES forums (id),
    draw_order  integer NOT NULL CHECK (draw_order >= 1),
    -- The register row (forum_register_rows.position) the invitation went to.
    position    integer NOT NULL CHECK (position >= 0),
    stratum     text    NOT NULL,
    code        text,
    code_hash   text    NOT NULL UNIQUE,
    PRIMARY KEY (forum_id, draw_order)
);
