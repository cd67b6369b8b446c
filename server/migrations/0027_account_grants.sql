-- Rights that follow the task (issue 20): beside its municipality-wide role (admin, analyst, or
-- now none), an account holds tasks, each one role on one forum or one survey (core/accounts/rights
-- says what each allows). A task goes with its forum or survey, and with its account.
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (role IN ('admin', 'analyst', 'none'));

CREATE TABLE account_grants (
    account_id bigint      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    forum_id   bigint      REFERENCES forums (id) ON DELETE CASCADE,
    survey_id  bigint      REFERENCES surveys (id) ON DELETE CASCADE,
    role       text        NOT NULL,
    granted_by text        NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((forum_id IS NULL) <> (survey_id IS NULL)),
    CHECK (CASE WHEN forum_id IS NOT NULL THEN role IN ('forum_manager', 'caller')
                ELSE role IN ('survey_manager', 'analyst') END),
    UNIQUE (account_id, forum_id),
    UNIQUE (account_id, survey_id)
);
