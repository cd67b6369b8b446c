-- Published means frozen (issue 18): a commitment to an invitation draw, once published, is never
-- replaced. A correction is a new, numbered version with the reason given, and every version stays
-- public with its time. The seed may be entered only once, and only after the latest version has
-- been public for the waiting time fixed when it was published (`seed_not_before`), so that
-- anyone can see and keep the commitment before the seed could be known.
--
-- These rules hold in the database itself, not only in the program: `mienskip serve`'s role may
-- only INSERT and SELECT here (granted by `mienskip migrate`, docs/operations.md), and the
-- triggers below date each version by the database's clock, number them without gaps, refuse a
-- version once the seed is entered, and refuse a seed before its time or a second one.
CREATE TABLE forum_draw_commitments (
    forum_id          bigint      NOT NULL REFERENCES forums (id),
    version           integer     NOT NULL CHECK (version >= 1),
    -- {"count", "stratify_by", "household_key", "oversample"}, as core/invitation_parameters reads them.
    parameters        jsonb       NOT NULL CHECK (jsonb_typeof(parameters) = 'object'),
    register_sha256   text        NOT NULL CHECK (register_sha256 ~ '^[0-9a-f]{64}$'),
    exclusion_sha256  text        NOT NULL CHECK (exclusion_sha256 ~ '^[0-9a-f]{64}$'),
    commitment        text        NOT NULL CHECK (commitment ~ '^[0-9a-f]{64}$'),
    -- Why a correction was published; every version after the first has one.
    reason            text        CHECK (reason <> ''),
    committed_by      text        NOT NULL,
    committed_at      timestamptz NOT NULL DEFAULT now(),
    seed_not_before   timestamptz NOT NULL,
    PRIMARY KEY (forum_id, version),
    CHECK (version = 1 OR reason IS NOT NULL),
    CHECK (seed_not_before >= committed_at)
);

-- Forums committed before this migration kept only their latest commitment (earlier ones are in
-- the audit log as forum.draw_committed): it becomes version 1, with no waiting time.
INSERT INTO forum_draw_commitments (forum_id, version, parameters, register_sha256, exclusion_sha256, commitment,
                                    committed_by, committed_at, seed_not_before)
SELECT forum_id, 1, parameters, register_sha256, exclusion_sha256, commitment, committed_by, committed_at, committed_at
  FROM forum_draws;

-- The draw itself keeps only what happens at and after the seed; its commitment is the latest version.
ALTER TABLE forum_draws
    DROP COLUMN parameters,
    DROP COLUMN register_sha256,
    DROP COLUMN exclusion_sha256,
    DROP COLUMN commitment,
    DROP COLUMN committed_by,
    DROP COLUMN committed_at;

CREATE FUNCTION forum_draw_commitment_frozen() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.committed_at IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'forum_draw_commitments.committed_at is set by the database clock'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.seed_not_before < now() THEN
        RAISE EXCEPTION 'a commitment cannot allow a seed before its own publication' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.version <> coalesce((SELECT max(version) FROM forum_draw_commitments WHERE forum_id = NEW.forum_id), 0) + 1 THEN
        RAISE EXCEPTION 'commitment versions are numbered without gaps' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM forum_draws WHERE forum_id = NEW.forum_id AND seed IS NOT NULL) THEN
        RAISE EXCEPTION 'the invitations are drawn: the commitment is final' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER forum_draw_commitment_frozen BEFORE INSERT ON forum_draw_commitments
    FOR EACH ROW EXECUTE FUNCTION forum_draw_commitment_frozen();

CREATE FUNCTION forum_draw_seed_once() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    not_before timestamptz;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seed IS NOT NULL AND NEW.seed IS DISTINCT FROM OLD.seed THEN
        RAISE EXCEPTION 'the seed of a draw is entered once' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.seed IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.seed IS NULL) THEN
        SELECT seed_not_before INTO not_before FROM forum_draw_commitments
         WHERE forum_id = NEW.forum_id ORDER BY version DESC LIMIT 1;
        IF not_before IS NULL OR now() < not_before THEN
            RAISE EXCEPTION 'the seed may not be entered before %', not_before USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.drawn_at IS DISTINCT FROM now() THEN
            RAISE EXCEPTION 'forum_draws.drawn_at is set by the database clock' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER forum_draw_seed_once BEFORE INSERT OR UPDATE ON forum_draws
    FOR EACH ROW EXECUTE FUNCTION forum_draw_seed_once();
