-- Published means frozen (issue 18), for the register and the invitations drawn from it, held by
-- the database itself and not only by the program (store/forum_register refuses an upload once
-- drawn). Without this, the service's role could delete a drawn forum's register rows and insert
-- others in their place, so that letters printed again, and the addresses behind each sign-up
-- code, would lead to other people; or insert an invitation with a code of its own choosing
-- after the draw.
--
-- Once the seed is entered, the register's rows and its summary may be deleted (the personal data
-- removed after the forum: store::delete_personal_data) but no row is added or changed. An
-- invitation is written only in the transaction that enters the seed: the trigger, deferred to
-- the commit, asks for a draw whose seed is set at this transaction's time (drawn_at is the
-- database clock's now(), which is the same throughout a transaction).

-- Statement triggers with the written rows as a table: one check per upload, not one per row of a
-- register of a hundred thousand residents.
CREATE FUNCTION forum_register_fixed_after_draw() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM written w JOIN forum_draws d ON d.forum_id = w.forum_id WHERE d.seed IS NOT NULL) THEN
        RAISE EXCEPTION 'the invitations are drawn from this register: it is fixed (rows may only be deleted)'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER forum_register_rows_fixed_insert AFTER INSERT ON forum_register_rows
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION forum_register_fixed_after_draw();
CREATE TRIGGER forum_register_rows_fixed_update AFTER UPDATE ON forum_register_rows
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION forum_register_fixed_after_draw();
CREATE TRIGGER forum_registers_fixed_insert AFTER INSERT ON forum_registers
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION forum_register_fixed_after_draw();
CREATE TRIGGER forum_registers_fixed_update AFTER UPDATE ON forum_registers
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION forum_register_fixed_after_draw();

CREATE FUNCTION forum_invitation_with_its_draw() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM forum_draws WHERE forum_id = NEW.forum_id AND seed IS NOT NULL AND drawn_at = now()) THEN
        RAISE EXCEPTION 'invitations are written only with the seed of their draw' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER forum_invitation_with_its_draw AFTER INSERT ON forum_invitations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION forum_invitation_with_its_draw();
