import {
  Heading1,
  Link,
  Paragraph,
} from "@utrecht/component-library-react";
import { formatCount } from "../../lib/format";
import { forumHref } from "../../lib/routes";
import { useLanguage, useSession } from "../../lib/appContext";
import { useForumDraws, useForums } from "./api/queries";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { DataTable } from "../../components/DataTable";
import { QueryStatus } from "../../components/QueryStatus";
import { NewForumForm } from "./NewForumForm";
import { drawStateText } from "./drawState";
import { callsOnly, mayManage } from "./forumRights";

/**
 * The burgerforums the account has a task on (administrators: all) with how far each is
 * (register, draw), and for administrators a form for a new one. A forum the account only calls
 * the panel of shows no draw: that is for those who run its lottery.
 */
export function ForumsPage({ onCreated }: { onCreated: (slug: string) => void }) {
  const session = useSession();
  const language = useLanguage();
  const t = useText(forumTexts);
  const forumsQuery = useForums();
  const forums = forumsQuery.data ?? null;
  const admin = session.role === "admin";
  // A forum's draw, null before its commitment; missing while loading or when it could not be read.
  const managed = forums?.filter(mayManage) ?? [];
  const draws = useForumDraws(managed.map((forum) => forum.slug));
  const drawOf = new Map(managed.map((forum, i) => [forum.slug, draws[i]]));
  const calling = !admin && !!forums && forums.length > 0 && forums.every(callsOnly);

  return (
    <>
      <Heading1>{t("forums")}</Heading1>
      <Paragraph>{t(calling ? "callersIntro" : "forumsIntro")}</Paragraph>
      <QueryStatus query={forumsQuery} context={t("forumsNotLoaded")} />
      {forums?.length === 0 && <Paragraph>{t("noForums")}</Paragraph>}
      {forums && forums.length > 0 && (
        <DataTable
          caption={t("forums")}
          captionHidden
          columns={[
            { header: t("forum") },
            { header: t("municipality") },
            { header: t("panelSizeShort"), numeric: true },
            { header: t("registerRows"), numeric: true },
            { header: t("drawState") },
          ]}
          rows={forums.map((forum) => {
            const draw = drawOf.get(forum.slug)?.data;
            return {
              key: forum.slug,
              cells: [
                <Link href={forumHref(forum.slug)}>{forum.name}</Link>,
                forum.municipality,
                formatCount(forum.panel_size, language),
                forum.register ? formatCount(forum.register.rows, language) : t("none"),
                callsOnly(forum) ? t("forCallers") : draw !== undefined ? drawStateText(draw, language) : "…",
              ],
            };
          })}
        />
      )}
      {admin && <NewForumForm onCreated={onCreated} />}
    </>
  );
}
