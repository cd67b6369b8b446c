import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { DataTable } from "../../components/DataTable";
import { QueryStatus } from "../../components/QueryStatus";
import { usePanelContacts } from "./api/queries";
import { contactRows, telHref } from "./panelContacts";
import { forumTexts } from "./texts";

/**
 * A burgerforum for those who call its panel (and may do nothing else there): the forum's name
 * and the panel's names, e-mail addresses, phone numbers and statuses; or that the panel has not
 * been drawn yet. `name` is the forum's name from the list, shown until the answer names it.
 */
export function PanelContactsPage({ slug, name }: { slug: string; name: string }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const contactsQuery = usePanelContacts(slug);
  // undefined while loading or refused; null before the panel is drawn.
  const contacts = contactsQuery.data;
  const title = contacts?.forum.name ?? name;
  useDocumentTitle(t("panelContacts"), title, t("appName"));

  return (
    <>
      <Heading1>{title}</Heading1>
      <QueryStatus query={contactsQuery} context={t("panelContactsNotLoaded")} />
      {contacts === null && <Paragraph>{t("panelNotDrawn")}</Paragraph>}
      {contacts && (
        <DataTable
          caption={t("panelContactsCaption")}
          // The number first after the name: on a phone it is what a caller needs without scrolling.
          columns={[{ header: t("contactName") }, { header: t("contactPhone") }, { header: t("status") }, { header: t("contactEmail") }]}
          rows={contactRows(contacts.members, language).map((row) => {
            // On a phone, a tap on the number calls it and a tap on the address writes to it.
            const dial = row.phone ? telHref(row.phone) : null;
            const phone = dial ? <Link href={dial}>{row.phone}</Link> : (row.phone ?? "–");
            return {
              key: row.id,
              cells: [row.name, phone, row.status, row.email ? <Link href={`mailto:${row.email}`}>{row.email}</Link> : "–"],
            };
          })}
        />
      )}
    </>
  );
}
