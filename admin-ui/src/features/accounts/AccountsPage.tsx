import { useEffect, useState } from "react";
import { Heading1, Link, Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { formatCount, formatMoment } from "../../lib/format";
import { formatRoute } from "../../lib/routes";
import { useLanguage } from "../../lib/appContext";
import { useAction } from "../../lib/useAction";
import { useText } from "../../lib/text";
import { roleTextKey } from "../../lib/roles";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryStatus } from "../../components/QueryStatus";
import { StatusMessage } from "../../components/StatusMessage";
import { useAccounts } from "./api/queries";
import { accountErrorWording } from "./accountErrors";
import { accountStatusText } from "./accountStatus";
import { grantsSummary } from "./grantWords";
import { AccountPanel } from "./AccountPanel";
import { NewAccountForm } from "./NewAccountForm";
import { accountTexts } from "./texts";

/** Moves the focus to the element `id` (a heading, which takes it only when told to). */
function focusHeading(id: string) {
  const heading = document.getElementById(id);
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

/**
 * The staff accounts: who can sign in, with which role and tasks, whether they are locked out or must still
 * choose a password, whether they sign in in two steps; one account's actions below the list, and a form for a new account. Admins only.
 */
export function AccountsPage() {
  const language = useLanguage();
  const t = useText(accountTexts);
  const accountsQuery = useAccounts();
  const accounts = accountsQuery.data ?? null;
  const action = useAction();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // Asks for the focus to move (to the opened account's heading, or the page's after a removal).
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  const selected = accounts?.find((account) => account.id === selectedId && !account.you) ?? null;
  const now = new Date();

  useEffect(() => {
    if (focusTarget) focusHeading(focusTarget.id);
  }, [focusTarget]);

  function open(id: number) {
    action.clear();
    setSelectedId(id);
    setFocusTarget({ id: "account-manage-title" });
  }

  return (
    <>
      <Heading1 id="accounts-title">{t("accounts")}</Heading1>
      <Paragraph>{t("accountsIntro")}</Paragraph>
      <QueryStatus query={accountsQuery} context={t("accountsNotLoaded")} />
      {accounts?.length === 0 && <Paragraph>{t("noAccounts")}</Paragraph>}
      {accounts && accounts.length > 0 && (
        <DataTable
          caption={t("accounts")}
          captionHidden
          columns={[
            { header: t("email") },
            { header: t("role") },
            { header: t("tasks") },
            { header: t("status") },
            { header: t("twoFactorColumn") },
            { header: t("lastLogin") },
            { header: t("openSessions"), numeric: true },
            { header: <span className="mienskip-visually-hidden">{t("manageColumn")}</span> },
          ]}
          rows={accounts.map((account) => ({
            key: String(account.id),
            cells: [
              <>
                {account.email}
                {account.you && <> {t("you")}</>}
              </>,
              t(roleTextKey(account.role)),
              grantsSummary(account.grants, language),
              accountStatusText(account, now, language),
              t(account.two_factor ? "twoFactorOn" : "twoFactorOff"),
              account.last_login_at ? formatMoment(account.last_login_at, language) : t("neverLoggedIn"),
              formatCount(account.sessions, language),
              account.you ? (
                <Link href={formatRoute({ page: "password" })}>{t("changePassword")}</Link>
              ) : (
                <SecondaryActionButton type="button" onClick={() => open(account.id)}>
                  {t("manage")}
                  <span className="mienskip-visually-hidden"> {account.email}</span>
                </SecondaryActionButton>
              ),
            ],
          }))}
        />
      )}
      {accounts?.some((account) => account.you) && <Paragraph>{t("ownAccount")}</Paragraph>}
      {/* What an action did: in the open account's part, or here once it is gone (removed). The
          live region is always there, so the sentence is read when it comes. */}
      <StatusMessage message={selected ? "" : action.status} />
      {!selected && action.error !== null && <ErrorAlert error={action.error} wording={accountErrorWording} />}
      {selected && (
        <AccountPanel
          key={selected.id}
          account={selected}
          action={action}
          // The button just used may be gone (Uitschakelen becomes Inschakelen): reading goes on at the account's heading.
          onDone={() => setFocusTarget({ id: "account-manage-title" })}
          onRemoved={() => {
            setSelectedId(null);
            setFocusTarget({ id: "accounts-title" });
          }}
        />
      )}
      <NewAccountForm />
    </>
  );
}
