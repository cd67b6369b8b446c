import { Link, Paragraph } from "@utrecht/component-library-react";
import { forumHref } from "../../lib/routes";
import { useText } from "../../lib/text";
import { forumTexts, type ForumTextKey } from "./texts";
import { useDraw, usePanel, useSelection, useVolunteers } from "./api/queries";
import type { Forum } from "./api/types";
import { forumSteps, stepFactText, type StepName, type StepStatus } from "./forumProgress";

const stepNames: Record<StepName, ForumTextKey> = {
  quotas: "progressQuotas",
  register: "progressRegister",
  draw: "progressDraw",
  sign_up: "progressSignUp",
  selection: "progressSelection",
  panel: "progressPanel",
  seated: "progressSeated",
};

const statusNames: Record<StepStatus, ForumTextKey> = { done: "progressDone", next: "progressNext", later: "progressLater" };

/**
 * The forum's steps from quotas to a seated panel, each with whether it is done, and a link to the next
 * one: where a forum stands, on every tab. Status is said in words, not only by a mark.
 */
export function ForumProgress({ forum }: { forum: Forum }) {
  const t = useText(forumTexts);
  const draw = useDraw(forum.slug).data;
  const volunteers = useVolunteers(forum.slug).data;
  const selection = useSelection(forum.slug).data;
  const panel = usePanel(forum.slug).data;
  const steps = forumSteps({ forum, draw, volunteers, selection, panel });
  const next = steps.find((s) => s.status === "next");

  return (
    <section className="mienskip-progress" aria-labelledby="forum-progress-title">
      <h2 id="forum-progress-title" className="mienskip-progress__title">
        {t("progressTitle")}
      </h2>
      <ol className="mienskip-progress__steps">
        {steps.map((step) => {
          const fact = stepFactText(step, t);
          return (
            <li key={step.name} className={`mienskip-progress__step mienskip-progress__step--${step.status}`}>
              <span aria-hidden="true" className="mienskip-progress__mark">
                {step.status === "done" ? "✓" : step.status === "next" ? "→" : "·"}
              </span>{" "}
              {t(stepNames[step.name])}
              <span className="mienskip-progress__status">
                {" "}({t(statusNames[step.status])}{fact ? `; ${fact}` : ""})
              </span>
            </li>
          );
        })}
      </ol>
      {next && (
        <Paragraph>
          <Link href={forumHref(forum.slug, next.tab)}>{t("progressGoTo", { step: t(stepNames[next.name]) })}</Link>
        </Paragraph>
      )}
    </section>
  );
}
