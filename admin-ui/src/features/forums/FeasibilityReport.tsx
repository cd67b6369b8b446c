import { Alert, Button, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Forum } from "./api/types";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { conflictText, relaxationText } from "./feasibilityText";
import { Section } from "../../components/Section";

/**
 * The server's verdict on the quotas, saved or (`draft`) being edited: whether a panel can meet
 * them, and if not, why and what would help.
 */
export function FeasibilityReport({ forum, draft = false, onApply }: { forum: Forum; draft?: boolean; onApply?: () => void }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const { feasibility } = forum;
  return (
    <Section id="feasibility" title={t("feasibilityTitle")} className="mienskip-feasibility">
      <Alert type={feasibility.feasible ? "ok" : "warning"}>
        <Paragraph>
          {t(draft ? (feasibility.feasible ? "draftFeasibleYes" : "draftFeasibleNo") : feasibility.feasible ? "feasibleYes" : "feasibleNo")}{" "}
          {t(feasibility.checked_against === "volunteers" ? "checkedAgainstVolunteers" : "checkedAgainstQuotas")}
        </Paragraph>
        {feasibility.conflicts.length > 0 && (
          <UnorderedList>
            {feasibility.conflicts.map((c, n) => {
              const { text, translated } = conflictText(c, language);
              return (
                <UnorderedListItem key={n}>
                  {c.category && <strong>{c.category}: </strong>}
                  {translated ? text : <span lang="en">{text}</span>}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
        {feasibility.relaxation.length > 0 && (
          <>
            <Paragraph>{t("relaxationIntro")}</Paragraph>
            <UnorderedList>
              {feasibility.relaxation.map((r, n) => (
                <UnorderedListItem key={n}>{relaxationText(r, language)}</UnorderedListItem>
              ))}
            </UnorderedList>
            {onApply && (
              <Button type="button" appearance="secondary-action-button" onClick={onApply}>
                {t("relaxationApply", { count: feasibility.relaxation.length })}
              </Button>
            )}
          </>
        )}
      </Alert>
    </Section>
  );
}
