// The forums and surveys a task can be given on, as the panel's one dropdown offers them:
// "Burgerforum: …" and "Enquête: …", each with a value that names its scope and short name.
import type { Choice } from "../../components/FormFields";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import type { TaskTarget } from "./api/types";
import { accountTexts } from "./texts";

/**
 * The dropdown's value of a forum or survey, "forum:energie" or "survey:wonen" (a forum and a
 * survey may share a short name); also the key of a task in the panel's list.
 */
export function targetValue(target: Pick<TaskTarget, "scope" | "slug">): string {
  return `${target.scope}:${target.slug}`;
}

/** The dropdown's options: the forums, then the surveys, each said to be one or the other. */
export function targetChoices(targets: readonly TaskTarget[], language: Language): Choice[] {
  return targets.map((target) => ({
    value: targetValue(target),
    label: translate(accountTexts, language, target.scope === "forum" ? "taskTargetForum" : "taskTargetSurvey", { title: target.title || target.slug }),
  }));
}
