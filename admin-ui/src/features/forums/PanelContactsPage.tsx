import { Heading1 } from "@utrecht/component-library-react";
import { useText } from "../../lib/text";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { usePanelContacts } from "./api/queries";
import { PanelCalls } from "./PanelCalls";
import { forumTexts } from "./texts";

/**
 * A burgerforum for those who call its panel (and may do nothing else there): the forum's name and
 * calling its panel (names, contact details, where each member stands, a form to record a call);
 * or that the panel has not been drawn yet. `name` is the forum's name from the list, shown until
 * the answer names it.
 */
export function PanelContactsPage({ slug, name }: { slug: string; name: string }) {
  const t = useText(forumTexts);
  const contacts = usePanelContacts(slug).data;
  const title = contacts?.forum.name ?? name;
  useDocumentTitle(t("panelContacts"), title, t("appName"));

  return (
    <>
      <Heading1>{title}</Heading1>
      <PanelCalls slug={slug} level={2} />
    </>
  );
}
