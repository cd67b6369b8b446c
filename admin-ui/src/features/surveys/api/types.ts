// The surveys' shapes as the staff API sends and takes them (see the API contract for issue 7 and
// server/api/openapi.json). Results follow core/weighting/weighting_report.cpp's weighing_json.

/** A text residents see, in Dutch, Frisian and English. */
export interface LocalText {
  nl: string;
  fy: string;
  en: string;
}

export type SurveyLanguage = keyof LocalText;
export const surveyLanguages: SurveyLanguage[] = ["nl", "fy", "en"];

export interface Scenario {
  id: string;
  title: LocalText;
  description: LocalText;
  consequences: LocalText[];
}

export interface DemographicOption {
  id: string;
  label: LocalText;
}

export interface DemographicQuestion {
  id: string;
  label: LocalText;
  control: "radio" | "select";
  options: DemographicOption[];
}

export type TranslationStatus = "final" | "awaiting_review";

/** A survey definition as in survey-templates/ (format mienskip-survey/1). */
export interface SurveyDefinition {
  $schema?: string;
  format: "mienskip-survey/1";
  title: LocalText;
  introduction: LocalText;
  budget: number;
  scenarios: Scenario[];
  motivation: { asked: boolean; max_length: number; prompt: LocalText };
  demographics: DemographicQuestion[];
  closing: LocalText;
  translation_status: Record<SurveyLanguage, TranslationStatus>;
}

/** What the signed-in account may do on a survey: read its results, report and exports, or manage it. */
export type SurveyRight = "read" | "manage";

export interface SurveyDetail {
  slug: string;
  /** What the signed-in account may do here; a subset of ["read", "manage"]. */
  may: SurveyRight[];
  status: "draft" | "open" | "closed";
  access: "code" | "open";
  responses: number;
  codes: number;
  /** True once a response exists: scenarios and budget can no longer change. */
  frozen: boolean;
  definition: SurveyDefinition;
}

export interface SurveyTemplate {
  name: string;
  title: LocalText;
  scenarios: number;
}

export interface Arrivals {
  total: number;
  by: string | null;
  per_day: { date: string; responses: number }[];
  per_category: { category: string; label: LocalText | null; responses: number }[];
  not_answered: number;
}

export interface MotivationItem {
  response_id: string;
  scenario: string;
  points: number;
  text: string;
  language: string;
  submitted_at: string;
}

export interface Motivations {
  counts: { scenario: string; with_text: number }[];
  total: number;
  items: MotivationItem[];
}

/** Where margins come from, as stated with the upload (issue 19). */
export interface MarginsSource {
  source?: string;
  /** YYYY-MM-DD */
  reference_date?: string;
  population?: string;
}

export interface Margins {
  slug: string;
  uploaded_by: string;
  uploaded_at: string;
  /** null: not stated; absent on servers before issue 19. */
  source?: string | null;
  reference_date?: string | null;
  population?: string | null;
  variables: { variable: string; categories: { category: string; population_count: number }[] }[];
}

export interface ScenarioEstimate {
  scenario: string;
  unweighted_mean: number;
  unweighted_se: number;
  weighted_mean: number;
  se: number;
  ci95: [number, number];
  share_any_unweighted: number;
  share_any_weighted: number;
  weighted_median: number;
  distribution: { points: string; respondents: number; weighted_share: number }[];
  /** Gave it 0 points, at least 50, the most of their own (a tie split), with svyciprop's logit
   *  interval; absent on servers before issue 19. */
  shares?: Record<"none" | "half" | "first", ShareEstimate>;
}

export interface ShareEstimate {
  share: number;
  se: number;
  ci95: [number, number];
}

export interface DomainEstimate {
  domain: string;
  n: number;
  suppressed: boolean;
  ess: number;
  weight_share: number;
  /** Per scenario id; absent when suppressed. */
  weighted_mean?: Record<string, number>;
  se?: Record<string, number>;
  /** The 95% interval with Student's t on n - 1 degrees of freedom (issue 19); older servers leave it out. */
  ci95?: Record<string, [number, number]>;
  /** The domain against every other respondent who answered; `differs` +1 above, -1 below, 0 not told apart. */
  versus_rest?: Record<string, { difference: number; se: number; ci95: [number, number]; differs: -1 | 0 | 1 }>;
}

/** How much the chance to respond varied (null without population counts). `base` "invited": on the
 *  codes issued, where the R-indicator means something; older servers send no base. */
export interface PropensityOverall {
  CV_rho: number;
  R_indicator: number;
  base?: "invited" | "population";
  base_size?: number;
  response_rate?: number;
  /** false: on the invited base some propensity is above 1, and R says nothing (issue 19). */
  R_indicator_applies?: boolean;
  /** Bootstrap interval of R on the invited base; null or absent otherwise. */
  R_indicator_ci95?: [number, number] | null;
}

/** Per scenario, the Wald test that the domains shown have one mean. */
export interface DomainsDifferTest {
  scenario: string;
  statistic: number;
  df: number;
  p_value: number;
}

export interface RepresentativenessCategory {
  category: string;
  population: number;
  population_share: number;
  n: number;
  sample_share: number;
  weighted_share: number;
  diff_pp: number;
  representation_ratio: number;
}

export interface RepresentativenessVariable {
  variable: string;
  K: number;
  categories: RepresentativenessCategory[];
  dissimilarity_index: number;
  max_abs_dev_pp: number;
  cramers_v: number;
}

export interface PairwiseDifference {
  a: string;
  b: string;
  difference: number;
  se: number;
  ci95_low: number;
  ci95_high: number;
  /** The interval for all pairs at once (95%); absent on servers before the ranking. */
  simultaneous_low?: number;
  simultaneous_high?: number;
}

/** How far the weighted means can be told apart, all scenarios at once (docs/weighting.md). */
export interface ScenarioRanking {
  level: number;
  critical_value: number;
  /** The ranks the data allow each scenario, 1 = the most points. */
  ranks: { scenario: string; best: number; worst: number }[];
  /** The Wald test that every scenario has the same mean. */
  equal_means: { statistic: number; df: number; p_value: number };
}

export interface Results {
  inputs: {
    weighting_variables: string[];
    scenario_columns: string[];
    n_input: number;
    n_used: number;
    dropped_missing: { count: number };
    /** Kept though they skipped a weighting question, in its "(no answer)" category; absent on older servers. */
    kept_missing?: { count: number; per_variable: Record<string, number> };
    population_total: number | null;
    points_total_not_100: number;
    warnings: string[];
  };
  method: "raking" | "bounded_raking";
  bounds: { lower: number; upper: number } | null;
  convergence: { passes: number; max_rel_margin_error: number };
  kish: { deff: number; ess: number; ess_proportion: number };
  weight_summary: { min: number; median: number; max: number };
  estimates: {
    scenarios: ScenarioEstimate[];
    sum_weighted_means: number;
    domain_variable: string | null;
    min_domain_ess: number;
    domains: DomainEstimate[];
    /** Absent on servers before issue 19's areas, and empty with fewer than two domains shown. */
    domains_differ?: DomainsDifferTest[];
    pairwise?: PairwiseDifference[];
  };
  /** Added with the results options (issue 7); older servers leave it out. Read through pairwiseRows,
   *  which also accepts it under `estimates`. */
  pairwise?: PairwiseDifference[];
  /** Absent on servers before the ranking (issue 19). */
  ranking?: ScenarioRanking;
  representativeness: {
    variables: RepresentativenessVariable[];
    overall?: PropensityOverall | null;
    /** Each weighting variable left out in turn (issue 19); absent on older servers. */
    holdout?: { variable: string; before_max_abs_dev_pp: number; after_others_max_abs_dev_pp: number }[];
  };
  /** With bounds only (issue 19): weights at a bound and the largest change against plain raking. */
  bounds_effect?: { share_at_lower: number; share_at_upper: number; max_change: number } | null;
  /** Plain-language sentences (added later by the lead); absent on older servers. */
  representativeness_words?: Partial<Record<"nl" | "en", string[]>>;
}

/** The weighting settings saved for a survey (GET/PUT .../weighting): what the results without
 * options and the council report weigh with. null: the default (every margin variable; no bounds;
 * each view's own breakdown). */
export interface WeightingSettings {
  variables: string[] | null;
  bounds: [number, number] | null;
  by: string | null;
  updated_at?: string | null;
  updated_by?: string | null;
}

export type SurveyStatus = "draft" | "open" | "closed";

export interface SurveySummary {
  slug: string;
  /** What the signed-in account may do on this survey; a subset of ["read", "manage"]. */
  may: SurveyRight[];
  title: string;
  status: SurveyStatus;
  access: "code" | "open";
  responses: number;
  codes: number;
}

export interface NewSurvey {
  template: string;
  slug: string;
  requires_code: boolean;
}

export interface MotivationQuery {
  scenario?: string;
  q?: string;
  limit?: number;
  offset?: number;
}
