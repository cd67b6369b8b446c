-- Staff accounts and their sessions. Sessions live in the database, so several server instances
-- share them and "log out everywhere" is one DELETE. The cookie holds a random token; only its
-- SHA-256 is stored, so a copy of this table cannot be used to log in.
CREATE TABLE accounts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          text        NOT NULL UNIQUE CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    role           text        NOT NULL CHECK (role IN ('admin', 'analyst')),
    password_hash  text        NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
    failed_logins  integer     NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
    token_hash   text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    account_id   bigint      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_by_account ON sessions (account_id);
