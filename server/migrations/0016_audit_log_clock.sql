-- The audit log is dated by the database's clock, not by whoever writes to it: an entry that names
-- its own occurred_at (say, back-dated to before a seed was drawn) is refused. The default, now(),
-- is the time the writing transaction began, the same value the check compares with.
-- Who may write at all is settled by roles, not here: `mienskip serve` runs as a role that may only
-- INSERT and SELECT on audit_log (granted by `mienskip migrate`, docs/operations.md), so neither it
-- nor anyone holding its password can delete, rewrite or switch off this trigger.
CREATE OR REPLACE FUNCTION audit_log_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last audit_log%ROWTYPE;
BEGIN
    IF NEW.occurred_at IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'audit_log.occurred_at is set by the database clock, not by the writer'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- One writer at a time links an entry, so the chain has no forks; held until commit.
    PERFORM pg_advisory_xact_lock(7171001);
    SELECT * INTO last FROM audit_log ORDER BY chain_position DESC NULLS LAST LIMIT 1;
    NEW.chain_position := coalesce(last.chain_position, 0) + 1;
    NEW.previous_hash := coalesce(last.entry_hash, repeat('0', 64));
    NEW.entry_hash := encode(sha256(convert_to(NEW.previous_hash || E'\n' || audit_log_entry_text(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END;
$$;
