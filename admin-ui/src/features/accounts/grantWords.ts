// An account's tasks in words: one task ("Forumbeheerder van Burgerforum Energie"), a role a task
// can give ("Beller"), and the accounts list's short summary of them all.
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import type { Grant, GrantRole } from "./api/types";
import { accountTexts, type AccountTextKey } from "./texts";

const taskKeys: Record<GrantRole, AccountTextKey> = {
  forum_manager: "taskForumManager",
  caller: "taskCaller",
  survey_manager: "taskSurveyManager",
  analyst: "taskAnalyst",
};

const roleKeys: Record<GrantRole, AccountTextKey> = {
  forum_manager: "grantForumManager",
  caller: "grantCaller",
  survey_manager: "grantSurveyManager",
  analyst: "grantAnalyst",
};

/** "Forumbeheerder van Burgerforum Energie"; the short name stands in for a title the server did not give. */
export function grantText(grant: Pick<Grant, "role" | "title" | "slug">, language: Language): string {
  return translate(accountTexts, language, taskKeys[grant.role], { title: grant.title || grant.slug });
}

/** The role a task gives, on its own ("Forumbeheerder", "Beller"). */
export function grantRoleName(role: GrantRole, language: Language): string {
  return translate(accountTexts, language, roleKeys[role]);
}

/** How many tasks the accounts list names in full before it counts the rest. */
const namedInSummary = 2;

/**
 * The tasks in one short line for the accounts list: "geen", one or two in full, or the first
 * two and how many more ("… en nog 3 taken").
 */
export function grantsSummary(grants: readonly Grant[], language: Language): string {
  if (grants.length === 0) return translate(accountTexts, language, "tasksNone");
  const named = grants
    .slice(0, namedInSummary)
    .map((grant) => grantText(grant, language))
    .join("; ");
  const rest = grants.length - namedInSummary;
  return rest > 0 ? `${named} ${translate(accountTexts, language, "tasksMore", { count: rest })}` : named;
}
