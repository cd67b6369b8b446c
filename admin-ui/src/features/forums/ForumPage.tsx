import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import type { Forum } from "./api/types";
import { forumHref, type ForumTab } from "../../lib/routes";
import { useText } from "../../lib/text";
import { forumTexts, type ForumTextKey } from "./texts";
import { useForum, usePanel } from "./api/queries";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { TabMenu } from "../../components/TabMenu";
import { QueryStatus } from "../../components/QueryStatus";
import { QuotasTab } from "./QuotasTab";
import { RegisterTab } from "./RegisterTab";
import { DrawTab } from "./DrawTab";
import { VolunteersTab } from "./VolunteersTab";
import { SelectionTab } from "./SelectionTab";
import { ForumProgress } from "./ForumProgress";
import { PanelCalls } from "./PanelCalls";
import { forumTabsFor } from "./forumRights";

const tabNames: Record<ForumTab, ForumTextKey> = {
  quotas: "tabQuotas",
  register: "tabRegister",
  draw: "tabDraw",
  volunteers: "tabVolunteers",
  selection: "tabSelection",
  call: "tabCall",
};

export interface ForumTabProps {
  forum: Forum;
}

/**
 * One burgerforum: quotas, register, the invitation draw, the volunteers, the panel's selection and,
 * once the panel is drawn, calling it, each on its own screen.
 */
export function ForumPage({ slug, tab }: { slug: string; tab: ForumTab }) {
  const t = useText(forumTexts);
  const forumQuery = useForum(slug);
  const forum = forumQuery.data ?? null;
  const panelDrawn = !!usePanel(slug).data;

  const title = forum?.name ?? slug;
  useDocumentTitle(t(tabNames[tab]), title, t("appName"));

  return (
    <>
      <Paragraph>
        <Link href="#/forums">← {t("backToForums")}</Link>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {forum && (
        <Paragraph className="mienskip-updated">
          {forum.municipality} · {t("panelSize")}: {forum.panel_size}
        </Paragraph>
      )}
      {forum && <ForumProgress forum={forum} />}
      <TabMenu
        label={t("forumMenu")}
        tabs={forumTabsFor(forum, panelDrawn, tab)}
        current={tab}
        href={(tab) => forumHref(slug, tab)}
        name={(tab) => t(tabNames[tab])}
      />
      <QueryStatus query={forumQuery} context={t("forumNotLoaded")} />
      {forum && tab === "quotas" && <QuotasTab forum={forum} />}
      {forum && tab === "register" && <RegisterTab forum={forum} />}
      {forum && tab === "draw" && <DrawTab forum={forum} />}
      {forum && tab === "volunteers" && <VolunteersTab forum={forum} />}
      {forum && tab === "selection" && <SelectionTab forum={forum} />}
      {forum && tab === "call" && <PanelCalls slug={forum.slug} level={3} />}
    </>
  );
}
