-- Texts of an answered survey may be corrected (a typo, a better Frisian translation), but never
-- silently: every change of a survey's definition keeps the previous version here and is noted in
-- the audit log, so anyone can see what residents were shown when.
CREATE TABLE survey_definition_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    survey_id   bigint      NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    replaced_at timestamptz NOT NULL DEFAULT now(),
    definition  jsonb       NOT NULL   -- the version that was replaced
);

CREATE FUNCTION surveys_record_definition_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.definition IS DISTINCT FROM OLD.definition THEN
        INSERT INTO survey_definition_history (survey_id, definition) VALUES (OLD.id, OLD.definition);
        INSERT INTO audit_log (actor, action, subject, details)
        VALUES (coalesce(nullif(current_setting('mienskip.actor', true), ''), current_user),
                'survey.definition_changed', 'survey:' || OLD.slug,
                jsonb_build_object('answered', EXISTS (SELECT 1 FROM responses WHERE survey_id = OLD.id)));
    END IF;
    RETURN NEW;
END;
$$;

-- Runs after the freeze check (triggers fire in name order), so refused changes leave no record.
CREATE TRIGGER surveys_record_definition_change
    AFTER UPDATE OF definition ON surveys
    FOR EACH ROW EXECUTE FUNCTION surveys_record_definition_change();
