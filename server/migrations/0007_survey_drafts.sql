-- A survey made in the staff app starts as a draft: residents cannot see or answer it until staff
-- have checked its texts and opened it. Surveys imported on the command line still start open.
ALTER TABLE surveys DROP CONSTRAINT surveys_status_check;
ALTER TABLE surveys ADD CONSTRAINT surveys_status_check CHECK (status IN ('draft', 'open', 'closed'));
