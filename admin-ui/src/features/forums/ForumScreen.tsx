import { useSession } from "../../lib/appContext";
import type { ForumTab } from "../../lib/routes";
import { useText } from "../../lib/text";
import { QueryStatus } from "../../components/QueryStatus";
import { useForums } from "./api/queries";
import { forumView } from "./forumRights";
import { ForumPage } from "./ForumPage";
import { PanelContactsPage } from "./PanelContactsPage";
import { forumTexts } from "./texts";

/**
 * A burgerforum's address: its own screens for whoever runs its lottery (calling the panel among
 * them), only calling the panel for whoever only calls it (as the list's `may` says).
 */
export function ForumScreen({ slug, tab }: { slug: string; tab: ForumTab }) {
  const session = useSession();
  const t = useText(forumTexts);
  const forumsQuery = useForums();
  const view = forumView(session.role === "admin", forumsQuery.data, slug);

  if (view === "waiting") return <QueryStatus query={forumsQuery} context={t("forumsNotLoaded")} />;
  if (view === "call") {
    const name = forumsQuery.data?.find((forum) => forum.slug === slug)?.name ?? slug;
    return <PanelContactsPage slug={slug} name={name} />;
  }
  return <ForumPage slug={slug} tab={tab} />;
}
