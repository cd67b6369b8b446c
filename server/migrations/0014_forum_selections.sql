-- The panel of a burgerforum (issue 6, steps 5 and 6): the selection probabilities computed from
-- the volunteers and quotas, the panel the public number draws, and the rounds of alternates for
-- members who drop out. Everything here is published on the verification page except contact
-- details, which stay in forum_volunteers.

-- The forum's latest selection run. Runs in the background of one server; other servers read the
-- state from here. A run whose server died stops beating its heart and is read as interrupted.
CREATE TABLE forum_selections (
    forum_id        bigint      PRIMARY KEY REFERENCES forums (id),
    -- Counts the runs of this forum, so a worker only ever finishes its own run.
    run             bigint      NOT NULL CHECK (run >= 1),
    status          text        NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    algorithm       text        NOT NULL CHECK (algorithm IN ('leximin', 'maximin')),
    stage           text        NOT NULL,
    started_by      text        NOT NULL,
    started_at      timestamptz NOT NULL DEFAULT now(),
    heartbeat_at    timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    panel_size      integer     NOT NULL CHECK (panel_size >= 1),
    volunteers      integer     NOT NULL CHECK (volunteers >= 1),
    input_sha256    text        NOT NULL CHECK (input_sha256 ~ '^[0-9a-f]{64}$'),
    -- The published input, pseudonymous ids and quota answers only (the files `mienskip select
    -- --pool features.csv,candidates.csv` reads to reproduce input_sha256 and the result).
    features_csv    text        NOT NULL,
    candidates_csv  text        NOT NULL,
    -- What `mienskip select --json` writes without a number: probabilities, distribution, tickets.
    result          jsonb,
    -- {"code", "message"} of a failed run.
    error           jsonb,
    CHECK ((status = 'done') = (result IS NOT NULL)),
    CHECK ((status = 'failed') = (error IS NOT NULL)),
    CHECK ((status = 'running') = (finished_at IS NULL))
);

-- The panel, drawn once from a done selection with a publicly drawn number 000-999.
CREATE TABLE forum_panels (
    forum_id        bigint      PRIMARY KEY REFERENCES forums (id),
    selection_run   bigint      NOT NULL,
    lottery_number  integer     NOT NULL CHECK (lottery_number BETWEEN 0 AND 999),
    input_sha256    text        NOT NULL CHECK (input_sha256 ~ '^[0-9a-f]{64}$'),
    -- The drawn volunteers' pseudonymous ids, in pool order.
    members         jsonb       NOT NULL CHECK (jsonb_typeof(members) = 'array'),
    drawn_by        text        NOT NULL,
    drawn_at        timestamptz NOT NULL DEFAULT now()
);

-- Each round of replacements: who dropped out, the public seed, and the alternates it chose.
CREATE TABLE forum_panel_rounds (
    forum_id        bigint      NOT NULL REFERENCES forum_panels (forum_id),
    round           integer     NOT NULL CHECK (round >= 1),
    seed            text        NOT NULL CHECK (seed <> ''),
    dropouts        jsonb       NOT NULL CHECK (jsonb_typeof(dropouts) = 'array'),
    alternates      jsonb       NOT NULL CHECK (jsonb_typeof(alternates) = 'array'),
    drawn_by        text        NOT NULL,
    drawn_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (forum_id, round)
);
