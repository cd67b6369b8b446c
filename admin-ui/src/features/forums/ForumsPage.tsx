import { useEffect, useState } from "react";
import {
  Heading1,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { Forum, ForumDraw } from "../../lib/api";
import { formatCount } from "../../lib/format";
import { forumHref } from "../../lib/routes";
import { useApi, useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { NewForumForm } from "./NewForumForm";
import { drawStateText } from "./drawState";

/** The burgerforums with how far each is (register, draw), and a form for a new one. Admins only. */
export function ForumsPage({ onCreated }: { onCreated: (slug: string) => void }) {
  const api = useApi();
  const language = useLanguage();
  const t = useText(forumTexts);
  const [forums, setForums] = useState<Forum[] | null>(null);
  // A forum's draw, null before its commitment; missing while loading or when it could not be read.
  const [draws, setDraws] = useState<Record<string, ForumDraw | null>>({});
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.forums().then((list) => {
      setForums(list);
      // The list has no draw state; a forum's draw is one small request, and there are few forums.
      for (const forum of list) {
        api.draw(forum.slug).then(
          (draw) => setDraws((known) => ({ ...known, [forum.slug]: draw })),
          () => undefined,
        );
      }
    }, setError);
  }, [api]);

  return (
    <>
      <Heading1>{t("forums")}</Heading1>
      <Paragraph>{t("forumsIntro")}</Paragraph>
      {error !== null && <ErrorAlert error={error} context={t("forumsNotLoaded")} />}
      {forums === null && error === null && <Loading />}
      {forums?.length === 0 && <Paragraph>{t("noForums")}</Paragraph>}
      {forums && forums.length > 0 && (
        <div className="mienskip-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("forum")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("municipality")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{t("panelSizeShort")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{t("registerRows")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("drawState")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {forums.map((forum) => (
                <TableRow key={forum.slug}>
                  <TableHeaderCell scope="row">
                    <Link href={forumHref(forum.slug)}>{forum.name}</Link>
                  </TableHeaderCell>
                  <TableCell>{forum.municipality}</TableCell>
                  <TableCell className="mienskip-number">{formatCount(forum.panel_size, language)}</TableCell>
                  <TableCell className="mienskip-number">
                    {forum.register ? formatCount(forum.register.rows, language) : t("none")}
                  </TableCell>
                  <TableCell>{forum.slug in draws ? drawStateText(draws[forum.slug], language) : "…"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <NewForumForm onCreated={onCreated} />
    </>
  );
}
