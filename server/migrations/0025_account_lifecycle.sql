-- Staff accounts have a life after they are made (issue 20): an admin can disable one (a leaver,
-- a lost laptop) and enable it again, and can make its owner choose a new password at the next
-- sign-in; the list of accounts shows when each last signed in. Removing an account deletes its
-- row and, through the foreign key, its sessions; the audit log keeps what happened to it.
ALTER TABLE accounts
    ADD COLUMN disabled_at          timestamptz,
    ADD COLUMN last_login_at        timestamptz,
    ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
