// The surveys' server state as TanStack Query hooks: each screen asks for what it shows; actions
// (actions.ts) put their answers in the cache or mark what they changed as stale.
import { useMemo } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../../../lib/appContext";
import type { MotivationQuery } from "./types";
import { surveyApi, type SurveyApi } from "./surveyApi";

export const surveyKeys = {
  list: ["surveys"] as const,
  templates: ["survey-templates"] as const,
  /** Everything of one survey: invalidating this refreshes all of it. */
  survey: (slug: string) => ["surveys", slug] as const,
  details: (slug: string) => ["surveys", slug, "details"] as const,
  margins: (slug: string) => ["surveys", slug, "margins"] as const,
  weighting: (slug: string) => ["surveys", slug, "weighting"] as const,
  results: (slug: string, query: string) => ["surveys", slug, "results", query] as const,
  arrivals: (slug: string, by: string) => ["surveys", slug, "arrivals", by] as const,
  motivations: (slug: string, query: MotivationQuery) => ["surveys", slug, "motivations", query] as const,
};

export function useSurveyApi(): SurveyApi {
  const http = useApi();
  return useMemo(() => surveyApi(http), [http]);
}

export function useSurveys() {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.list, queryFn: () => api.surveys() });
}

export function useTemplates() {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.templates, queryFn: () => api.templates() });
}

export function useSurvey(slug: string) {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.details(slug), queryFn: () => api.survey(slug) });
}

/** The survey as the list has it: status and counts when the full survey cannot be had. */
export function useSurveySummary(slug: string, enabled: boolean) {
  const api = useSurveyApi();
  return useQuery({
    queryKey: surveyKeys.list,
    queryFn: () => api.surveys(),
    enabled,
    select: (surveys) => surveys.find((s) => s.slug === slug) ?? null,
  });
}

export function useMargins(slug: string) {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.margins(slug), queryFn: () => api.margins(slug) });
}

export function useWeighting(slug: string) {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.weighting(slug), queryFn: () => api.weighting(slug) });
}

/** Arrivals per day and per answer of a question ("" for none); the previous figures stay while others load. */
export function useArrivals(slug: string, by: string) {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.arrivals(slug, by), queryFn: () => api.arrivals(slug, by || undefined), placeholderData: keepPreviousData });
}

export function useMotivations(slug: string, query: MotivationQuery) {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.motivations(slug, query), queryFn: () => api.motivations(slug, query), placeholderData: keepPreviousData });
}

/** Weighted results for the options' query string (resultsQuery: with its `?`, or empty). */
export function useResults(slug: string, query: string) {
  const api = useSurveyApi();
  return useQuery({ queryKey: surveyKeys.results(slug, query), queryFn: () => api.results(slug, query) });
}
