// The surveys' endpoints of the staff API (server/api/openapi.json), as functions of the app's
// HTTP client: JSON in and out, text for previews and CSV for codes and margins. The hooks in
// queries.ts and actions.ts use these.
import { orNullOn, resourcePath, type Http } from "../../../lib/http";
import type { MarginsSource } from "./types";
import type {
  Arrivals,
  Margins,
  MotivationQuery,
  Motivations,
  NewSurvey,
  Results,
  SurveyDefinition,
  SurveyDetail,
  SurveySummary,
  SurveyTemplate,
  WeightingSettings,
} from "./types";

/** The path of a survey's API resources. */
export function surveyPath(slug: string, rest = ""): string {
  return resourcePath("/api/admin/surveys", slug, rest);
}

/** The query string (with its `?`, or empty) of the motivations list. */
export function motivationsQuery(query: MotivationQuery): string {
  const params = new URLSearchParams();
  if (query.scenario) params.set("scenario", query.scenario);
  if (query.q && query.q.trim()) params.set("q", query.q.trim());
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  if (query.offset !== undefined) params.set("offset", String(query.offset));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The query string (with its `?`, or empty) of a margins upload that says where they come from;
 *  blank parts are left out. encodeURIComponent rather than URLSearchParams: a space must not become "+". */
export function marginsSourceQuery(source: MarginsSource): string {
  const parts = (["source", "reference_date", "population"] as const)
    .filter((key) => source[key]?.trim())
    .map((key) => `${key}=${encodeURIComponent(source[key]!.trim())}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** Where the downloads live; they are plain links, so the browser sends the session cookie itself. */
export function exportUrls(slug: string) {
  return {
    responsesCsv: surveyPath(slug, "/export/responses.csv"),
    responsesExcel: surveyPath(slug, "/export/responses.csv?excel=1"),
    codebookJson: surveyPath(slug, "/export/codebook.json"),
    codebookCsv: surveyPath(slug, "/export/codebook.csv"),
    readExportR: surveyPath(slug, "/export/read_export.R"),
    reportHtml: surveyPath(slug, "/report.html"),
    reportPdf: surveyPath(slug, "/report.pdf"),
    reportPdfFy: surveyPath(slug, "/report.pdf?language=fy"),
    reportPdfEn: surveyPath(slug, "/report.pdf?language=en"),
  };
}

export function surveyApi(http: Http) {
  const { call, send } = http;
  return {
    async surveys(): Promise<SurveySummary[]> {
      return (await call<{ surveys: SurveySummary[] }>("GET", "/api/admin/surveys")).surveys;
    },
    async setSurveyOpen(slug: string, open: boolean): Promise<void> {
      await call("POST", surveyPath(slug, open ? "/open" : "/close"), { json: {} });
    },
    async templates(): Promise<SurveyTemplate[]> {
      return (await call<{ templates: SurveyTemplate[] }>("GET", "/api/admin/survey-templates")).templates;
    },
    createSurvey: (survey: NewSurvey) => call<SurveyDetail>("POST", "/api/admin/surveys", { json: survey }),
    survey: (slug: string) => call<SurveyDetail>("GET", surveyPath(slug)),
    saveDefinition: (slug: string, definition: SurveyDefinition) => call<SurveyDetail>("PUT", surveyPath(slug, "/definition"), { json: definition }),
    /** The resident page as it would look with this definition, as HTML. */
    async preview(slug: string, definition: SurveyDefinition, language: "nl" | "fy" | "en"): Promise<string> {
      const response = await send("POST", surveyPath(slug, `/preview?language=${language}`), { json: definition, accept: "text/html" });
      return response.text();
    },
    /** New invitation codes as CSV (header `code`): the only time they can be seen. */
    async generateCodes(slug: string, count: number): Promise<string> {
      const response = await send("POST", surveyPath(slug, "/codes"), { json: { count }, accept: "text/csv" });
      return response.text();
    },
    /** Deletes one resident's answers, saved form and code on their request. */
    deleteResponse: (slug: string, owner: { code: string } | { response_id: string }) =>
      call<{ deleted: { responses: number; drafts: number; codes: number } }>("POST", surveyPath(slug, "/responses/delete"), { json: owner }),
    /** The population figures, or null before the first upload. */
    margins: (slug: string) => orNullOn("no_margins", call<Margins>("GET", surveyPath(slug, "/margins"))),
    /** Replaces the margins; `source` says where they come from (each part optional, sent as query parameters). */
    uploadMargins: (slug: string, csv: string, source: MarginsSource = {}) =>
      call<Margins>("PUT", surveyPath(slug, `/margins${marginsSourceQuery(source)}`), { raw: { body: csv, contentType: "text/csv" } }),
    /** Weighted results; `query` is the options' query string from resultsQuery (with its `?`, or empty). */
    results: (slug: string, query = "") => call<Results>("GET", surveyPath(slug, `/results${query}`)),
    /** The saved weighting settings, spelt out (every margin variable when none were chosen). */
    weighting: (slug: string) => call<WeightingSettings>("GET", surveyPath(slug, "/weighting")),
    /** Saves the weighting settings (admins); the answer is the settings as now saved. */
    saveWeighting(slug: string, settings: WeightingSettings): Promise<WeightingSettings> {
      const { variables, bounds, by } = settings;
      return call<WeightingSettings>("PUT", surveyPath(slug, "/weighting"), { json: { variables, bounds, by } });
    },
    arrivals: (slug: string, by?: string) => call<Arrivals>("GET", surveyPath(slug, `/arrivals${by ? `?by=${encodeURIComponent(by)}` : ""}`)),
    motivations: (slug: string, query: MotivationQuery = {}) => call<Motivations>("GET", surveyPath(slug, `/motivations${motivationsQuery(query)}`)),
  };
}

export type SurveyApi = ReturnType<typeof surveyApi>;
