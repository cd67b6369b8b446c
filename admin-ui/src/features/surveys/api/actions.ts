// What staff do to a survey, as TanStack Query mutations: each runs one endpoint and then puts its
// answer in the cache or marks what it changed as stale, so every screen shows the new state.
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { MarginsSource } from "./types";
import { invalidateAllBut, storeThen, useApiAction, type CacheUpdate } from "../../../lib/mutations";
import type { NewSurvey, SurveyDefinition, WeightingSettings } from "./types";
import type { SurveyApi } from "./surveyApi";
import { surveyKeys, useSurveyApi } from "./queries";

function useSurveyAction<Args, Result>(run: (api: SurveyApi, args: Args) => Promise<Result>, update: CacheUpdate<Result, Args>) {
  return useApiAction(useSurveyApi(), run, update);
}

/** The survey and the list (status, counts) are asked again, but for `stored`, whose answer is already in the cache. */
const refreshSurvey = (client: QueryClient, slug: string, stored?: QueryKey) =>
  Promise.all([invalidateAllBut(client, surveyKeys.survey(slug), stored), client.invalidateQueries({ queryKey: surveyKeys.list, exact: true })]);

/** The answer is put in the cache under `key`, then everything else of the survey and the list are asked again. */
const storeThenRefresh = (slug: string, key: QueryKey) => storeThen(key, (client, stored) => refreshSurvey(client, slug, stored));

export function useCreateSurvey() {
  return useSurveyAction(
    (api, survey: NewSurvey) => api.createSurvey(survey),
    (client) => client.invalidateQueries({ queryKey: surveyKeys.list, exact: true }),
  );
}

export function useSetSurveyOpen() {
  return useSurveyAction(
    (api, { slug, open }: { slug: string; open: boolean }) => api.setSurveyOpen(slug, open),
    (client, _, { slug }) => refreshSurvey(client, slug),
  );
}

export function useSaveDefinition(slug: string) {
  return useSurveyAction(
    (api, definition: SurveyDefinition) => api.saveDefinition(slug, definition),
    storeThenRefresh(slug, surveyKeys.details(slug)),
  );
}

export function useGenerateCodes(slug: string) {
  return useSurveyAction(
    (api, count: number) => api.generateCodes(slug, count),
    (client) => refreshSurvey(client, slug),
  );
}

export function useDeleteResponse(slug: string) {
  return useSurveyAction(
    (api, owner: { code: string } | { response_id: string }) => api.deleteResponse(slug, owner),
    (client) => refreshSurvey(client, slug),
  );
}

export function useUploadMargins(slug: string) {
  return useSurveyAction(
    (api, { csv, source }: { csv: string; source: MarginsSource }) => api.uploadMargins(slug, csv, source),
    storeThenRefresh(slug, surveyKeys.margins(slug)),
  );
}

export function useSaveWeighting(slug: string) {
  return useSurveyAction(
    (api, settings: WeightingSettings) => api.saveWeighting(slug, settings),
    (client, saved) => void client.setQueryData(surveyKeys.weighting(slug), saved),
  );
}
