-- Letter codes are no longer kept (issue 18): the code printed on a letter is derived again when
-- the letters are printed, as HMAC-SHA256 under the server secret of the forum and the letter's
-- number (core/invitations/invitation_code letter_code), and the database keeps only its hash. A
-- copy of the database (a dump, a backup) therefore holds no code that signs anyone up.
--
-- Draws made before this migration had random codes, which cannot be derived again: their
-- plain-text codes are removed here, their hashes stay (the letters already sent still work),
-- and printing their letters again is refused with `letter_codes_unavailable`.
ALTER TABLE forum_draws
    ADD COLUMN codes_derived boolean NOT NULL DEFAULT false,
    -- When the register's records were deleted (step 7); before this migration that was told by
    -- an invitation without a code.
    ADD COLUMN personal_data_deleted_at timestamptz;

UPDATE forum_draws d SET personal_data_deleted_at = now()
 WHERE EXISTS (SELECT 1 FROM forum_invitations i WHERE i.forum_id = d.forum_id AND i.code IS NULL);

ALTER TABLE forum_invitations DROP COLUMN code;

ALTER TABLE forum_draws ALTER COLUMN codes_derived SET DEFAULT true;
