-- A server keeps each survey's responses in memory for the results and, on every view, asks the
-- database only whether anything changed: new responses show in their count and highest id, but a
-- response corrected or removed by hand (a resident's request to delete their answers) does not.
-- This counter does: every UPDATE or DELETE of responses raises it for their surveys, whoever
-- makes it, so every server instance reloads those surveys' responses.
ALTER TABLE surveys ADD COLUMN responses_changed bigint NOT NULL DEFAULT 0;

-- Once per statement, not per row: removing a survey's 100,000 responses raises it once.
CREATE FUNCTION responses_count_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE surveys SET responses_changed = responses_changed + 1
    WHERE id IN (SELECT DISTINCT survey_id FROM changed_responses);
    RETURN NULL;
END;
$$;

-- Two triggers, as a trigger with a transition table takes one event. A response moved to another
-- survey by an UPDATE needs no mark there: that survey's count no longer adds up, which reloads it.
CREATE TRIGGER responses_count_update
    AFTER UPDATE ON responses REFERENCING OLD TABLE AS changed_responses
    FOR EACH STATEMENT EXECUTE FUNCTION responses_count_change();
CREATE TRIGGER responses_count_delete
    AFTER DELETE ON responses REFERENCING OLD TABLE AS changed_responses
    FOR EACH STATEMENT EXECUTE FUNCTION responses_count_change();

-- The question every results view asks, count(*) and max(id) of a survey's responses, answered
-- from this index alone: about 20 ms for 100,000 responses, where a scan of the table took 65-85.
CREATE INDEX responses_by_survey_id ON responses (survey_id, id);
