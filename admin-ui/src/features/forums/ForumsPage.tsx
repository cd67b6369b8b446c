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
import type { Api, Forum, ForumDraw } from "../../lib/api";
import { formatCount } from "../../lib/format";
import { forumHref } from "../../lib/routes";
import { text, type Language } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { NewForumForm } from "./NewForumForm";
import { drawStateText } from "./drawState";

/** The burgerforums with how far each is (register, draw), and a form for a new one. Admins only. */
export function ForumsPage({ api, language, onCreated }: { api: Api; language: Language; onCreated: (slug: string) => void }) {
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
      <Heading1>{text(language, "forums")}</Heading1>
      <Paragraph>{text(language, "forumsIntro")}</Paragraph>
      {error !== null && <ErrorAlert error={error} language={language} context="forumsNotLoaded" />}
      {forums === null && error === null && <Loading language={language} />}
      {forums?.length === 0 && <Paragraph>{text(language, "noForums")}</Paragraph>}
      {forums && forums.length > 0 && (
        <div className="mienskip-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{text(language, "forum")}</TableHeaderCell>
                <TableHeaderCell scope="col">{text(language, "municipality")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{text(language, "panelSizeShort")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{text(language, "registerRows")}</TableHeaderCell>
                <TableHeaderCell scope="col">{text(language, "drawState")}</TableHeaderCell>
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
                    {forum.register ? formatCount(forum.register.rows, language) : text(language, "none")}
                  </TableCell>
                  <TableCell>{forum.slug in draws ? drawStateText(draws[forum.slug], language) : "…"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <NewForumForm api={api} language={language} onCreated={onCreated} />
    </>
  );
}
