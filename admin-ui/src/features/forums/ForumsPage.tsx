import {
  Heading1,
  Link,
  Paragraph,
} from "@utrecht/component-library-react";
import { formatCount } from "../../lib/format";
import { forumHref } from "../../lib/routes";
import { useLanguage } from "../../lib/appContext";
import { useForumDraws, useForums } from "./api/queries";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { DataTable } from "../../components/DataTable";
import { QueryStatus } from "../../components/QueryStatus";
import { NewForumForm } from "./NewForumForm";
import { drawStateText } from "./drawState";

/** The burgerforums with how far each is (register, draw), and a form for a new one. Admins only. */
export function ForumsPage({ onCreated }: { onCreated: (slug: string) => void }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const forumsQuery = useForums();
  const forums = forumsQuery.data ?? null;
  // A forum's draw, null before its commitment; missing while loading or when it could not be read.
  const draws = useForumDraws(forums?.map((forum) => forum.slug) ?? []);

  return (
    <>
      <Heading1>{t("forums")}</Heading1>
      <Paragraph>{t("forumsIntro")}</Paragraph>
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
          rows={forums.map((forum, i) => ({
            key: forum.slug,
            cells: [
              <Link href={forumHref(forum.slug)}>{forum.name}</Link>,
              forum.municipality,
              formatCount(forum.panel_size, language),
              forum.register ? formatCount(forum.register.rows, language) : t("none"),
              draws[i]?.data !== undefined ? drawStateText(draws[i].data, language) : "…",
            ],
          }))}
        />
      )}
      <NewForumForm onCreated={onCreated} />
    </>
  );
}
