-- Burgerforums (issue 6): a forum's settings and quotas, and the population register extract its
-- invitations will be drawn from.
CREATE TABLE forums (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug               text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name               text        NOT NULL CHECK (name <> ''),
    municipality       text        NOT NULL CHECK (municipality <> ''),
    panel_size         integer     NOT NULL CHECK (panel_size BETWEEN 1 AND 1000),
    -- [{"name", "values": [{"value", "min", "max"}]}], as core/forum_settings checks them.
    categories         jsonb       NOT NULL CHECK (jsonb_typeof(categories) = 'array'),
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    quotas_changed_by  text        NOT NULL,
    quotas_changed_at  timestamptz NOT NULL DEFAULT now()
);

-- What is known of a forum's register upload once it was accepted. It holds no personal data and
-- stays when the rows are deleted after the letters are out, so that the register hash can still
-- be published and checked.
CREATE TABLE forum_registers (
    forum_id     bigint      PRIMARY KEY REFERENCES forums (id) ON DELETE CASCADE,
    columns      text[]      NOT NULL,
    row_count    integer     NOT NULL CHECK (row_count > 0),
    -- register_hash (docs/lottery.md, stage 1 step 1), as `mienskip draw` computes it.
    sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);

-- The register's records: personal data (names, addresses, citizen numbers), in a table of their
-- own so that one DELETE per forum removes them. Fields are kept trimmed, as the register hash
-- and the draw read them. An upload replaces the rows as a whole, in one transaction.
-- No foreign key to forums: its check, row by row, doubled the time a COPY of a million rows
-- takes. Rows are written only under a lock on their forum's row (store/forum_register.cpp);
-- forums are never deleted, and code that deletes one must delete its register rows first.
CREATE TABLE forum_register_rows (
    forum_id   bigint  NOT NULL,
    -- The record's index in the file: the row number the invitation draw works with.
    position   integer NOT NULL CHECK (position >= 0),
    -- The file line on which the record starts, for messages about it.
    line       integer NOT NULL CHECK (line >= 2),
    person_id  text    NOT NULL CHECK (person_id <> ''),
    fields     text[]  NOT NULL,
    PRIMARY KEY (forum_id, position)
);
