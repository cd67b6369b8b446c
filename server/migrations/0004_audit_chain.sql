-- The audit log becomes a hash chain: every entry stores the hash of the one before it and its own
-- hash over its contents, so an entry edited or deleted behind Mienskip's back (by someone with
-- database superuser rights, who can switch the append-only trigger off) breaks the chain, and
-- `mienskip audit verify` says where. Specified in docs/architecture.md ("Audit log").
ALTER TABLE audit_log
    ADD COLUMN chain_position bigint UNIQUE,
    ADD COLUMN previous_hash  text,
    ADD COLUMN entry_hash     text;

-- The exact text an entry's hash covers; verifiers rebuild it from the columns.
CREATE FUNCTION audit_log_entry_text(entry audit_log) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT entry.chain_position || E'\n'
        || to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || E'\n'
        || entry.actor || E'\n' || entry.action || E'\n' || entry.subject || E'\n' || entry.details::text
$$;

CREATE FUNCTION audit_log_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last audit_log%ROWTYPE;
BEGIN
    -- One writer at a time links an entry, so the chain has no forks; held until commit.
    PERFORM pg_advisory_xact_lock(7171001);
    SELECT * INTO last FROM audit_log ORDER BY chain_position DESC NULLS LAST LIMIT 1;
    NEW.chain_position := coalesce(last.chain_position, 0) + 1;
    NEW.previous_hash := coalesce(last.entry_hash, repeat('0', 64));
    NEW.entry_hash := encode(sha256(convert_to(NEW.previous_hash || E'\n' || audit_log_entry_text(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END;
$$;

-- Entries written before this migration join the chain in the order of their ids.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
DO $$
DECLARE
    entry audit_log%ROWTYPE;
    previous text := repeat('0', 64);
    position bigint := 0;
BEGIN
    FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
        position := position + 1;
        entry.chain_position := position;
        UPDATE audit_log
           SET chain_position = position,
               previous_hash = previous,
               entry_hash = encode(sha256(convert_to(previous || E'\n' || audit_log_entry_text(entry), 'UTF8')), 'hex')
         WHERE id = entry.id
        RETURNING entry_hash INTO previous;
    END LOOP;
END;
$$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;

ALTER TABLE audit_log
    ALTER COLUMN chain_position SET NOT NULL,
    ALTER COLUMN previous_hash SET NOT NULL,
    ALTER COLUMN entry_hash SET NOT NULL;

CREATE TRIGGER audit_log_link
    BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_link();
