// The burgerforums' server state as TanStack Query hooks: each screen asks for what it shows, the
// cache shares it between screens (the list and a forum's page read the same draw), and an action
// updates or invalidates the entries it changed (actions.ts).
import { useMemo } from "react";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useApi } from "../../../lib/appContext";
import type { AddressRoles, ForumSelection, LetterTextsDraft, QuotaCategory, QuotaFeasibility } from "./types";
import { forumApi, type ForumApi } from "./forumApi";
import { fieldErrorsOf } from "../fieldErrors";

/** How often a running selection is asked after; it lives on the server, so a reload picks it up again. */
export const selectionPollMilliseconds = 1500;

export const forumKeys = {
  list: ["forums"] as const,
  /** Everything of one forum: invalidating this refreshes all of it. */
  forum: (slug: string) => ["forums", slug] as const,
  details: (slug: string) => ["forums", slug, "details"] as const,
  register: (slug: string) => ["forums", slug, "register"] as const,
  draw: (slug: string) => ["forums", slug, "draw"] as const,
  letterAddress: (slug: string, roles: AddressRoles | null) => ["forums", slug, "letter-address", roles] as const,
  letterTexts: (slug: string) => ["forums", slug, "letter-texts"] as const,
  questionTexts: (slug: string) => ["forums", slug, "question-texts"] as const,
  /** A draft's preview: about the draft, not the forum (as quotaCheck). */
  letterPreview: (slug: string, draft: LetterTextsDraft) => ["letter-preview", slug, draft] as const,
  volunteers: (slug: string) => ["forums", slug, "volunteers"] as const,
  recruitment: (slug: string) => ["forums", slug, "recruitment"] as const,
  selection: (slug: string) => ["forums", slug, "selection"] as const,
  panel: (slug: string) => ["forums", slug, "panel"] as const,
  panelContacts: (slug: string) => ["forums", slug, "panel-contacts"] as const,
  /**
   * The server's verdict on quotas being edited. Not under ["forums", slug]: it is about a draft,
   * not the forum, and saving or changing the forum does not ask it again.
   */
  quotaCheck: (slug: string, categories: QuotaCategory[], panelSize: number) => ["quota-check", slug, categories, panelSize] as const,
  composition: (slug: string, column: string, values: string[], panelSize: number) =>
    ["forums", slug, "register", "composition", column, values, panelSize] as const,
};

export function useForumApi(): ForumApi {
  const http = useApi();
  return useMemo(() => forumApi(http), [http]);
}

export function useForums() {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.list, queryFn: () => api.forums() });
}

/** Each listed forum's draw (the list itself has no draw state; there are few forums). */
export function useForumDraws(slugs: string[]) {
  const api = useForumApi();
  return useQueries({ queries: slugs.map((slug) => ({ queryKey: forumKeys.draw(slug), queryFn: () => api.draw(slug) })) });
}

export function useForum(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.details(slug), queryFn: () => api.forum(slug) });
}

export function useRegister(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.register(slug), queryFn: () => api.register(slug) });
}

export function useDraw(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.draw(slug), queryFn: () => api.draw(slug) });
}

/** The letters' address block; the previous answer stays on screen while a new choice is asked. */
export function useLetterAddress(slug: string, roles: AddressRoles | null) {
  const api = useForumApi();
  return useQuery({
    queryKey: forumKeys.letterAddress(slug, roles),
    queryFn: () => api.letterAddress(slug, roles),
    placeholderData: (previous) => previous,
  });
}

export function useQuestionTexts(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.questionTexts(slug), queryFn: () => api.questionTexts(slug) });
}

export function useLetterTexts(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.letterTexts(slug), queryFn: () => api.letterTexts(slug) });
}

/** The draft as printed, in every language; the previous preview stays while a new one is asked. */
export function useLetterPreview(slug: string, draft: LetterTextsDraft | null) {
  const api = useForumApi();
  return useQuery({
    queryKey: forumKeys.letterPreview(slug, draft ?? emptyDraft),
    queryFn: () => api.previewLetterTexts(slug, draft ?? emptyDraft),
    enabled: draft !== null,
    placeholderData: (previous) => previous,
    retry: false,
  });
}

const emptyDraft: LetterTextsDraft = {
  facts: { reply_by: null, phone: "", email: "", meetings: [], allowance_euros: null },
  texts: {} as LetterTextsDraft["texts"],
};

export function useVolunteers(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.volunteers(slug), queryFn: () => api.volunteers(slug) });
}

/** The response to the letters per stratum; null before the invitations are drawn. */
export function useRecruitment(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.recruitment(slug), queryFn: () => api.recruitment(slug) });
}

/** The latest selection, asked again every 1.5 seconds while it runs. */
export function useSelection(slug: string) {
  const api = useForumApi();
  return useQuery({
    queryKey: forumKeys.selection(slug),
    queryFn: () => api.selection(slug),
    refetchInterval: (query) => ((query.state.data as ForumSelection | undefined)?.status === "running" ? selectionPollMilliseconds : false),
  });
}

export function usePanel(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.panel(slug), queryFn: () => api.panel(slug) });
}

/** The panel's names, contact details and seat statuses (for callers and managers); null before the panel is drawn. */
export function usePanelContacts(slug: string) {
  const api = useForumApi();
  return useQuery({ queryKey: forumKeys.panelContacts(slug), queryFn: () => api.panelContacts(slug) });
}

/** The server's verdict on a draft of the quotas, with the quotas it was given, so its conflicts read against those. */
export type QuotaCheck =
  | { state: "checking" }
  | { state: "checked"; feasibility: QuotaFeasibility; categories: QuotaCategory[]; panelSize: number }
  /** The draft is not complete enough to check (the server names fields). */
  | { state: "incomplete" }
  | { state: "failed" };

/** The query of useQuotaCheck; a refusal is answered as a verdict, not thrown. */
export function quotaCheckQuery(api: ForumApi, slug: string, categories: QuotaCategory[], panelSize: number) {
  return {
    queryKey: forumKeys.quotaCheck(slug, categories, panelSize),
    queryFn: async (): Promise<QuotaCheck> => {
      try {
        return { state: "checked", feasibility: await api.checkQuotas(slug, categories, panelSize), categories, panelSize };
      } catch (e) {
        return { state: fieldErrorsOf(e).length ? "incomplete" : "failed" };
      }
    },
  };
}

/**
 * The check of a draft of the quotas (POST .../quotas/check). A refusal is a verdict too, so the
 * last verdict, whatever it was, stays on screen while the next draft is checked ("checking" only
 * before the first); each draft has its own key, so an answer to an earlier draft never shows for
 * a later one.
 */
export function useQuotaCheck(slug: string, categories: QuotaCategory[], panelSize: number): QuotaCheck {
  const api = useForumApi();
  const answer = useQuery({ ...quotaCheckQuery(api, slug, categories, panelSize), placeholderData: (previous) => previous });
  return answer.data ?? { state: "checking" };
}

/** The register by one column against a category's values; idle until a column is chosen. */
export function useRegisterComposition(slug: string, column: string, values: string[], panelSize: number) {
  const api = useForumApi();
  return useQuery({
    queryKey: forumKeys.composition(slug, column, values, panelSize),
    queryFn: () => api.registerComposition(slug, column, values, panelSize),
    enabled: column !== "" && values.length > 0 && panelSize >= 1,
    retry: false,
  });
}
