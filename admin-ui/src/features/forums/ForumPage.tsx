import { useCallback, useEffect, useRef, useState } from "react";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import type { Api, Forum } from "../../lib/api";
import { forumHref, type ForumTab } from "../../lib/routes";
import { text, type Language, type TextKey } from "../../lib/texts";
import { TabMenu } from "../../components/TabMenu";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { QuotasTab } from "./QuotasTab";
import { RegisterTab } from "./RegisterTab";
import { DrawTab } from "./DrawTab";
import { VolunteersTab } from "./VolunteersTab";
import { SelectionTab } from "./SelectionTab";

const tabNames: Record<ForumTab, TextKey> = {
  quotas: "tabQuotas",
  register: "tabRegister",
  draw: "tabDraw",
  volunteers: "tabVolunteers",
  selection: "tabSelection",
};

export interface ForumTabProps {
  api: Api;
  language: Language;
  forum: Forum;
  /** After a change elsewhere (a new register): the forum as the server now has it. */
  reload: () => Promise<void>;
}

/** One burgerforum: quotas, register, the invitation draw, the volunteers and the panel's selection, each on its own screen. */
export function ForumPage({ api, language, slug, tab }: { api: Api; language: Language; slug: string; tab: ForumTab }) {
  const [forum, setForum] = useState<Forum | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setForum(await api.forum(slug));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, slug]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Moving between the forum's screens: start reading at the new screen's heading.
  const tabHeading = useRef<HTMLHeadingElement>(null);
  const firstTab = useRef<ForumTab | "">(tab);
  useEffect(() => {
    if (tab === firstTab.current) return;
    firstTab.current = "";
    tabHeading.current?.focus();
  }, [tab]);

  const title = forum?.name ?? slug;
  useEffect(() => {
    document.title = `${text(language, tabNames[tab])} – ${title} – ${text(language, "appName")}`;
  }, [language, tab, title]);

  return (
    <>
      <Paragraph>
        <Link href="#/forums">← {text(language, "backToForums")}</Link>
      </Paragraph>
      <Heading1>{title}</Heading1>
      {forum && (
        <Paragraph className="mienskip-updated">
          {forum.municipality} · {text(language, "panelSize")}: {forum.panel_size}
        </Paragraph>
      )}
      <TabMenu
        label={text(language, "forumMenu")}
        tabs={Object.keys(tabNames) as ForumTab[]}
        current={tab}
        href={(t) => forumHref(slug, t)}
        name={(t) => text(language, tabNames[t])}
      />
      <h2 className="utrecht-heading-2" ref={tabHeading} tabIndex={-1}>
        {text(language, tabNames[tab])}
      </h2>
      {!forum && error === null && <Loading language={language} />}
      {error !== null && <ErrorAlert error={error} language={language} context="forumNotLoaded" />}
      {forum && tab === "quotas" && <QuotasTab api={api} language={language} forum={forum} reload={reload} onSaved={setForum} />}
      {forum && tab === "register" && <RegisterTab api={api} language={language} forum={forum} reload={reload} />}
      {forum && tab === "draw" && <DrawTab api={api} language={language} forum={forum} reload={reload} />}
      {forum && tab === "volunteers" && <VolunteersTab api={api} language={language} forum={forum} reload={reload} />}
      {forum && tab === "selection" && <SelectionTab api={api} language={language} forum={forum} reload={reload} />}
    </>
  );
}
