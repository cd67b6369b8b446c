-- A resident's half-filled form (response_drafts) is kept only so that they can continue later
-- (issue 18): it expires after 30 days without a change (store::draft_days, which reads and
-- removes by this index), and every draft of a survey goes when the survey closes, here in the
-- database so that no way of closing a survey keeps them.
CREATE INDEX response_drafts_by_age ON response_drafts (updated_at);

CREATE FUNCTION surveys_closed_drop_drafts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM response_drafts WHERE survey_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER surveys_closed_drop_drafts
    AFTER UPDATE OF status ON surveys
    FOR EACH ROW WHEN (NEW.status = 'closed' AND OLD.status IS DISTINCT FROM 'closed')
    EXECUTE FUNCTION surveys_closed_drop_drafts();

-- Drafts older than the limit when this runs go at once.
DELETE FROM response_drafts WHERE updated_at < now() - interval '30 days';
DELETE FROM response_drafts d USING surveys s WHERE s.id = d.survey_id AND s.status = 'closed';
