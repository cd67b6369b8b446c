import { useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { QueryStatus } from "../../components/QueryStatus";
import { SelectField } from "../../components/FormFields";
import { Section } from "../../components/Section";
import { useSetGrants } from "./api/actions";
import { useTaskTargets } from "./api/queries";
import type { Account, Grant, GrantRole } from "./api/types";
import { grantRoles, sameTarget, withGrant, withoutGrant } from "./grantList";
import { grantRoleName, grantText } from "./grantWords";
import { targetChoices, targetValue } from "./taskTargets";
import { accountTexts } from "./texts";

/**
 * An account's tasks (a role on one forum or survey each), each with a button to remove it, and a
 * form to add one: the forum or survey, then a role of that scope. Every change sends the whole
 * new list; what the server answers is what the list then shows.
 */
export function TasksSection({
  account,
  busy,
  act,
}: {
  account: Account;
  busy: boolean;
  /** Runs a change with the panel's action state; resolves once the sentence that says it is done is shown. */
  act: (work: () => Promise<string>) => Promise<void>;
}) {
  const language = useLanguage();
  const t = useText(accountTexts);
  const setGrants = useSetGrants();
  const targetsQuery = useTaskTargets();
  const targets = targetsQuery.data;
  const [chosenTarget, setTarget] = useState("");
  const [chosenRole, setRole] = useState<GrantRole | "">("");
  const email = account.email;

  // Until something is chosen (or what was chosen is gone): the first forum or survey, and the
  // first role its scope offers; choosing another scope's forum or survey takes that scope's first.
  const target = targets?.find((candidate) => targetValue(candidate) === chosenTarget) ?? targets?.[0];
  const targetChoice = target ? targetValue(target) : "";
  const roles = target ? grantRoles(target.scope) : [];
  const role = chosenRole && roles.includes(chosenRole) ? chosenRole : roles[0];

  /** Sends the whole new list; the sentence is made from the account as the server answers it. */
  function save(grants: readonly Grant[], done: (saved: Account) => string) {
    return act(async () => done(await setGrants.mutateAsync({ id: account.id, grants })));
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!target || !role) return;
    const grant: Grant = { scope: target.scope, slug: target.slug, title: target.title, role };
    const previous = account.grants.find((g) => sameTarget(g, grant));
    if (previous?.role === role) {
      void act(async () => t("taskAlready", { email, task: grantText(previous, language) }));
      return;
    }
    void save(withGrant(account.grants, grant), (saved) => {
      const task = grantText(saved.grants.find((g) => sameTarget(g, grant)) ?? grant, language);
      return previous ? t("taskReplaced", { email, task, previous: grantText(previous, language) }) : t("taskAdded", { email, task });
    });
  }

  function remove(grant: Grant) {
    void save(withoutGrant(account.grants, grant), () => t("taskRemoved", { email, task: grantText(grant, language) }));
  }

  return (
    <Section id="account-tasks" title={t("tasksTitle")}>
      <Paragraph>{t("tasksIntro")}</Paragraph>
      {account.role === "admin" && <Paragraph>{t("tasksAdminNote", { email })}</Paragraph>}
      {account.grants.length === 0 ? (
        <Paragraph>{t("noTasksYet", { email })}</Paragraph>
      ) : (
        <ul className="mienskip-tasks">
          {account.grants.map((grant) => {
            const task = grantText(grant, language);
            return (
              <li key={targetValue(grant)}>
                <span>{task}</span>
                <SecondaryActionButton type="button" disabled={busy} onClick={() => remove(grant)}>
                  {t("removeTask")}
                  <span className="mienskip-visually-hidden">: {task}</span>
                </SecondaryActionButton>
              </li>
            );
          })}
        </ul>
      )}

      <Section id="account-task-add" title={t("addTaskTitle")} level={4}>
        <QueryStatus query={targetsQuery} context={t("taskTargetsNotLoaded")} />
        {targets?.length === 0 && <Paragraph>{t("noTaskTargets")}</Paragraph>}
        {targets && targets.length > 0 && (
          <form className="mienskip-inline-form" onSubmit={add} noValidate>
            <SelectField
              id="account-task-target"
              label={t("taskTarget")}
              value={targetChoice}
              onChange={setTarget}
              options={targetChoices(targets, language)}
            />
            <SelectField
              id="account-task-role"
              label={t("taskRole")}
              description={target && t(target.scope === "forum" ? "taskRoleForumHelp" : "taskRoleSurveyHelp")}
              value={role ?? ""}
              onChange={(value) => setRole(value as GrantRole)}
              options={roles.map((r) => ({ value: r, label: grantRoleName(r, language) }))}
            />
            <PrimaryActionButton type="submit" disabled={busy || !role}>
              {t("addTask")}
            </PrimaryActionButton>
          </form>
        )}
      </Section>
    </Section>
  );
}
