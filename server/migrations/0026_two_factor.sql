-- Two-factor sign-in for staff (issue 20): a TOTP key per account (RFC 6238), sealed with
-- AES-256-GCM under a key derived from the server secret (core/crypto/sealed_secret), so a copy of
-- the database alone does not give it away; the key of an enrolment not yet confirmed apart from
-- the one in use; the last time step accepted, so no code is accepted twice; and ten one-time
-- recovery codes per enrolment, kept only as HMACs under the server secret.
ALTER TABLE accounts
    ADD COLUMN totp_key_sealed     text CHECK (totp_key_sealed LIKE 'v1$%' AND length(totp_key_sealed) < 400),
    ADD COLUMN totp_pending_sealed text CHECK (totp_pending_sealed LIKE 'v1$%' AND length(totp_pending_sealed) < 400),
    ADD COLUMN totp_last_step      bigint,
    ADD COLUMN totp_enabled_at     timestamptz;

CREATE TABLE recovery_codes (
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash  text   NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    used_at    timestamptz,
    PRIMARY KEY (account_id, code_hash)
);
