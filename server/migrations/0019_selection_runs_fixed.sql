-- Every selection run kept, and the one the panel is drawn from fixed before its number (issue 18).
--
-- Before this migration only a forum's latest run was kept: staff could run the selection again
-- (another algorithm, a volunteer withdrawn) until they liked the probabilities, and nobody could
-- see how often. Now every run stays in `forum_selection_runs`, dated by the database, and a
-- finished run can no longer change. Staff then fix one done run (`forum_selection_fixed`): from
-- then on no new run, no withdrawal and no quota change is accepted, and the lottery number may be
-- entered only once the fixed run has been public for the waiting time (`number_not_before`). As
-- with the draw's commitment (0018), the database holds these rules itself: `mienskip serve`'s role
-- may not delete a run, change a finished one, or insert a panel that breaks them.

CREATE TABLE forum_selection_runs (
    forum_id            bigint      NOT NULL REFERENCES forums (id),
    run                 bigint      NOT NULL CHECK (run >= 1),
    algorithm           text        NOT NULL,
    panel_size          integer     NOT NULL,
    volunteers          integer     NOT NULL,
    input_sha256        text        NOT NULL CHECK (input_sha256 ~ '^[0-9a-f]{64}$'),
    started_by          text        NOT NULL,
    started_at          timestamptz NOT NULL DEFAULT now(),
    -- Null while the run is computing; then done, failed, or interrupted (its server stopped).
    outcome             text        CHECK (outcome IN ('done', 'failed', 'interrupted')),
    -- SHA-256 of the selection.json the verification page publishes for a done run.
    result_sha256       text        CHECK (result_sha256 ~ '^[0-9a-f]{64}$'),
    minimum_probability double precision,
    error_code          text,
    finished_at         timestamptz,
    PRIMARY KEY (forum_id, run),
    CHECK ((outcome IS NULL) = (finished_at IS NULL))
);

-- The latest run of each forum, as it was: runs before it were not kept.
INSERT INTO forum_selection_runs (forum_id, run, algorithm, panel_size, volunteers, input_sha256, started_by, started_at,
                                  outcome, minimum_probability, error_code, finished_at)
SELECT forum_id, run, algorithm, panel_size, volunteers, input_sha256, started_by, started_at,
       CASE status WHEN 'running' THEN 'interrupted' ELSE status END,
       (result -> 'summary' ->> 'min')::double precision, error ->> 'code', coalesce(finished_at, heartbeat_at)
  FROM forum_selections;

CREATE TABLE forum_selection_fixed (
    forum_id          bigint      PRIMARY KEY REFERENCES forums (id),
    run               bigint      NOT NULL,
    input_sha256      text        NOT NULL CHECK (input_sha256 ~ '^[0-9a-f]{64}$'),
    result_sha256     text        NOT NULL CHECK (result_sha256 ~ '^[0-9a-f]{64}$'),
    fixed_by          text        NOT NULL,
    fixed_at          timestamptz NOT NULL DEFAULT now(),
    number_not_before timestamptz NOT NULL,
    FOREIGN KEY (forum_id, run) REFERENCES forum_selection_runs (forum_id, run),
    CHECK (number_not_before >= fixed_at)
);

CREATE FUNCTION forum_selection_run_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.started_at IS DISTINCT FROM now() OR NEW.outcome IS NOT NULL THEN
            RAISE EXCEPTION 'a selection run starts now, by the database clock, without an outcome'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF EXISTS (SELECT 1 FROM forum_selection_fixed WHERE forum_id = NEW.forum_id) THEN
            RAISE EXCEPTION 'the selection of this forum is fixed: no new run' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.outcome IS NOT NULL THEN
        RAISE EXCEPTION 'a finished selection run is kept as it is' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.forum_id, NEW.run, NEW.algorithm, NEW.panel_size, NEW.volunteers, NEW.input_sha256, NEW.started_by, NEW.started_at)
       IS DISTINCT FROM
       (OLD.forum_id, OLD.run, OLD.algorithm, OLD.panel_size, OLD.volunteers, OLD.input_sha256, OLD.started_by, OLD.started_at)
       OR NEW.finished_at IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'a selection run only gets its outcome, at the database clock' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER forum_selection_run_kept BEFORE INSERT OR UPDATE ON forum_selection_runs
    FOR EACH ROW EXECUTE FUNCTION forum_selection_run_kept();

CREATE FUNCTION forum_selection_fixed_once() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.fixed_at IS DISTINCT FROM now() OR NEW.number_not_before < now() THEN
        RAISE EXCEPTION 'a selection is fixed now, by the database clock' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM forum_selection_runs WHERE forum_id = NEW.forum_id AND run = NEW.run AND outcome = 'done'
                   AND input_sha256 = NEW.input_sha256 AND result_sha256 = NEW.result_sha256)
       OR EXISTS (SELECT 1 FROM forum_selection_runs WHERE forum_id = NEW.forum_id AND run > NEW.run) THEN
        RAISE EXCEPTION 'only the latest run, done, can be fixed' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER forum_selection_fixed_once BEFORE INSERT ON forum_selection_fixed
    FOR EACH ROW EXECUTE FUNCTION forum_selection_fixed_once();

-- A panel is drawn from the fixed run, once its waiting time is over. Panels drawn before this
-- migration had no fixed run; they stay as they are.
CREATE FUNCTION forum_panel_from_fixed_selection() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    fixed forum_selection_fixed%ROWTYPE;
BEGIN
    SELECT * INTO fixed FROM forum_selection_fixed WHERE forum_id = NEW.forum_id;
    IF NOT FOUND OR fixed.run <> NEW.selection_run OR fixed.input_sha256 <> NEW.input_sha256 THEN
        RAISE EXCEPTION 'a panel is drawn from the fixed selection run' USING ERRCODE = 'check_violation';
    END IF;
    IF now() < fixed.number_not_before THEN
        RAISE EXCEPTION 'the lottery number may not be entered before %', fixed.number_not_before USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.drawn_at IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'forum_panels.drawn_at is set by the database clock' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER forum_panel_from_fixed_selection BEFORE INSERT ON forum_panels
    FOR EACH ROW EXECUTE FUNCTION forum_panel_from_fixed_selection();
