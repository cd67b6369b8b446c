-- Deleting volunteers' contact details (issue 6: residents' personal data is deletable). A
-- volunteer's name, email and phone are removed once they are no longer needed: for one volunteer
-- who asks for it, for everyone outside the panel once it is drawn, or for everyone when the forum
-- is done. The answers to the quota questions stay: they are published pseudonymously with the
-- selection and are needed to verify it. The moment tells staff the details were removed rather
-- than never given.
ALTER TABLE forum_volunteers ADD COLUMN contact_deleted_at timestamptz;
ALTER TABLE forum_volunteers ADD CONSTRAINT deleted_contact_stays_deleted
    CHECK (contact_deleted_at IS NULL OR (name IS NULL AND email IS NULL AND phone IS NULL));
