-- Surveys residents fill in (participatory value evaluation), their invitation codes and responses.
-- Rules that protect data live here, in the database, so that no code path can bypass them:
-- a code answers once, a retried submission is stored once, and a survey's scenarios and budget
-- cannot change once someone has answered.

CREATE TABLE surveys (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    definition  jsonb       NOT NULL,          -- the validated template (survey-templates/schema.json)
    access      text        NOT NULL CHECK (access IN ('code', 'open')),
    status      text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Only a keyed hash of each code is kept (HMAC-SHA256 under the server secret).
CREATE TABLE survey_codes (
    survey_id   bigint      NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    code_hash   text        NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (survey_id, code_hash)
);

-- No IP address, no user agent: a response holds only what the resident answered.
CREATE TABLE responses (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id           text        NOT NULL UNIQUE,
    survey_id           bigint      NOT NULL REFERENCES surveys (id),
    code_hash           text,                           -- NULL for an open survey
    idempotency_key     text        NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
    eligibility_checked boolean     NOT NULL,
    language            text        NOT NULL CHECK (language IN ('nl', 'fy', 'en')),
    answers             jsonb       NOT NULL,           -- allocations, motivations, demographics
    submitted_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (eligibility_checked = (code_hash IS NOT NULL)),
    UNIQUE (survey_id, idempotency_key),
    FOREIGN KEY (survey_id, code_hash) REFERENCES survey_codes (survey_id, code_hash)
);
-- Single use of a code, enforced by the database (NULLs, the open survey's, do not collide).
CREATE UNIQUE INDEX responses_one_per_code ON responses (survey_id, code_hash);

-- A half-filled form per code, so a resident can stop and continue on another device.
CREATE TABLE response_drafts (
    survey_id   bigint      NOT NULL,
    code_hash   text        NOT NULL,
    answers     jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (survey_id, code_hash),
    FOREIGN KEY (survey_id, code_hash) REFERENCES survey_codes (survey_id, code_hash) ON DELETE CASCADE
);

-- Once a response exists, the scenarios (their ids and order) and the budget are frozen: changing
-- them would change the meaning of the answers already given. Texts may still be corrected.
CREATE FUNCTION surveys_freeze_answered() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.definition -> 'budget' IS DISTINCT FROM OLD.definition -> 'budget'
        OR jsonb_path_query_array(NEW.definition, '$.scenarios[*].id')
           IS DISTINCT FROM jsonb_path_query_array(OLD.definition, '$.scenarios[*].id'))
       AND EXISTS (SELECT 1 FROM responses WHERE survey_id = OLD.id) THEN
        RAISE EXCEPTION 'survey % has responses: its scenarios and budget are frozen', OLD.slug
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER surveys_freeze_answered
    BEFORE UPDATE OF definition ON surveys
    FOR EACH ROW EXECUTE FUNCTION surveys_freeze_answered();
