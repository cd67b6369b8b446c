// What staff do to a burgerforum, as TanStack Query mutations: each runs one endpoint and then puts
// its answer in the cache or marks what it changed as stale, so every screen shows the new state.
import { useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { invalidateAllBut, storeThen, useApiAction, type CacheUpdate } from "../../../lib/mutations";
import type { UploadProgress } from "../../../lib/uploadProgress";
import type { DrawParameters, ForumInput, ForumPanel, LetterTextsDraft, QuestionText, QuotaCategory, SeatChangeInput } from "./types";
import type { ForumApi, RegisterDeletion } from "./forumApi";
import { forumKeys, useForumApi } from "./queries";

function useForumAction<Args, Result>(run: (api: ForumApi, args: Args) => Promise<Result>, update: CacheUpdate<Result, Args>) {
  return useApiAction(useForumApi(), run, update);
}

/** Everything of the forum is asked again (a change of one part shows in others: counts, states),
 * but for `stored`, whose answer is already in the cache. */
const refreshForum = (client: QueryClient, slug: string, stored?: QueryKey) => invalidateAllBut(client, forumKeys.forum(slug), stored);

/** The answer is put in the cache under `key`, then everything else of the forum is asked again. */
const storeThenRefresh = (slug: string, key: QueryKey) => storeThen(key, (client, stored) => refreshForum(client, slug, stored));

export function useCreateForum() {
  return useForumAction(
    (api, forum: ForumInput) => api.createForum(forum),
    (client) => client.invalidateQueries({ queryKey: forumKeys.list, exact: true }),
  );
}

export function useSaveQuotas(slug: string) {
  return useForumAction(
    (api, { categories, panelSize }: { categories: QuotaCategory[]; panelSize: number }) => api.saveQuotas(slug, categories, panelSize),
    storeThenRefresh(slug, forumKeys.details(slug)),
  );
}

export function useSaveQuestionTexts(slug: string) {
  return useForumAction(
    (api, questions: QuestionText[]) => api.saveQuestionTexts(slug, questions),
    (client, saved) => void client.setQueryData(forumKeys.questionTexts(slug), saved),
  );
}

export function useSaveLetterTexts(slug: string) {
  return useForumAction(
    (api, draft: LetterTextsDraft) => api.saveLetterTexts(slug, draft),
    (client, saved) => void client.setQueryData(forumKeys.letterTexts(slug), saved),
  );
}

export function useUploadRegister(slug: string) {
  return useForumAction(
    (api, { file, onProgress }: { file: Blob; onProgress: (progress: UploadProgress) => void }) => api.uploadRegister(slug, file, onProgress),
    storeThenRefresh(slug, forumKeys.register(slug)),
  );
}

export function useCommitDraw(slug: string) {
  return useForumAction(
    (api, parameters: DrawParameters) => api.commitDraw(slug, parameters),
    (client, draw) => void client.setQueryData(forumKeys.draw(slug), draw),
  );
}

export function useRunDraw(slug: string) {
  return useForumAction(
    (api, seed: string) => api.runDraw(slug, seed),
    storeThenRefresh(slug, forumKeys.draw(slug)),
  );
}

export function useDeleteRegisterPersonalData(slug: string) {
  return useForumAction<void, RegisterDeletion>(
    (api) => api.deleteRegisterPersonalData(slug),
    storeThenRefresh(slug, forumKeys.draw(slug)),
  );
}

export function useStartSelection(slug: string) {
  return useForumAction(
    (api, algorithm: string) => api.startSelection(slug, algorithm),
    (client, selection) => void client.setQueryData(forumKeys.selection(slug), selection),
  );
}

export function useFixSelection(slug: string) {
  return useForumAction(
    (api, run: number) => api.fixSelection(slug, run),
    storeThenRefresh(slug, forumKeys.selection(slug)),
  );
}

export function useDrawPanel(slug: string) {
  return useForumAction(
    (api, lotteryNumber: number) => api.drawPanel(slug, lotteryNumber),
    storeThenRefresh(slug, forumKeys.panel(slug)),
  );
}

export function useReplaceDropouts(slug: string) {
  return useForumAction(
    (api, { ids, seed }: { ids: string[]; seed: string }) => api.replaceDropouts(slug, ids, seed),
    storeThenRefresh(slug, forumKeys.panel(slug)),
  );
}

/** A caller's record of a call: the answer (the contacts) is stored, the manager's view of the panel asked again. */
export function useRecordSeatStatus(slug: string) {
  return useForumAction(
    (api, { id, change }: { id: string; change: SeatChangeInput }) => api.recordSeatStatus(slug, id, change),
    storeThenRefresh(slug, forumKeys.panelContacts(slug)),
  );
}

export function useUnpublishPool(slug: string) {
  return useForumAction<void, ForumPanel>(
    (api) => api.unpublishPool(slug),
    storeThenRefresh(slug, forumKeys.panel(slug)),
  );
}

/** Asks everything of the forum again, after an action a screen runs itself (the volunteers' several actions). */
export function useRefreshForum(slug: string): () => Promise<void> {
  const client = useQueryClient();
  return () => refreshForum(client, slug);
}
