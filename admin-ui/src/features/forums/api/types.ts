// The burgerforum as the staff API gives it (server/api/openapi.json, docs/burgerforum.md).

export interface QuotaValue {
  value: string;
  min: number;
  max: number;
}

export interface QuotaCategory {
  name: string;
  values: QuotaValue[];
}

export interface QuotaConflict {
  code: string;
  category: string;
  /** The server's English. */
  message: string;
  /** What the app words the conflict from (numbers as text): bound, seats, panel_size, volunteers. */
  params?: Record<string, string>;
}

export interface QuotaRelaxation {
  category: string;
  value: string;
  bound: "min" | "max";
  from: number;
  to: number;
  change: string;
}

export interface QuotaFeasibility {
  feasible: boolean;
  checked_against: "quotas" | "volunteers";
  conflicts: QuotaConflict[];
  relaxation: QuotaRelaxation[];
}

export interface ForumInput {
  slug: string;
  name: string;
  municipality: string;
  panel_size: number;
  categories: QuotaCategory[];
}

/** What the signed-in account may do on a forum: run its lottery (everything), or call its panel. */
export type ForumRight = "manage" | "call";

export interface Forum extends ForumInput {
  /** What the signed-in account may do here; a subset of ["manage", "call"]. */
  may: ForumRight[];
  created_by: string;
  created_at: string;
  quotas_changed_by: string;
  quotas_changed_at: string;
  register: { rows: number } | null;
  feasibility: QuotaFeasibility;
}

export interface ForumRegister {
  rows: number;
  columns: string[];
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
  preview: string[][];
  /** In the answer to an upload: how the file was written ("UTF-8" or "Windows-1252"). */
  encoding?: string;
}

/** What an import of volunteers came to. */
export interface VolunteerImportResult {
  imported: number;
  /** How the file was written ("UTF-8" or "Windows-1252"). */
  encoding: string;
  /** The file's columns that were not read. */
  ignored_columns: string[];
}

/** One bad row of a refused register (the header is row 1; an empty column means the row as a whole). */
export interface RegisterProblem {
  row: number;
  column: string;
  /** Stable (`repeated_id`, `unknown_value`, ...): the app words the problem from it and `params`. */
  code?: string;
  params?: Record<string, unknown>;
  /** The same in English, from the server. */
  message: string;
}

/** A problem the server found with one field of a form, e.g. `categories[0].values[1].min`. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface DrawParameters {
  count: number;
  stratify_by?: string | null;
  household_key?: string[];
  oversample?: Record<string, number>;
  /** Why a published commitment is corrected: required for every version after the first. */
  reason?: string;
}

/** One published version of the commitment; versions are never changed, a correction is the next one. */
export interface CommitmentVersion {
  version: number;
  commitment: string;
  register_sha256: string;
  exclusion_sha256: string;
  parameters: DrawParameters;
  /** Null for the first version. */
  reason: string | null;
  committed_by: string;
  committed_at: string;
  /** The seed can be entered from this moment (the database's clock). */
  seed_not_before: string;
}

export interface DrawStratum {
  stratum: string;
  eligible: number;
  invitations: number;
  oversample: number;
}

export interface DrawReceipt {
  register_rows: number;
  excluded: number;
  strata: DrawStratum[];
  invitations: number;
  invitations_sha256: string;
  commitment: string;
  seed: string;
}

export interface ForumDraw {
  /** The latest version; `commitment`, `parameters` and the register hash are its. */
  version: number;
  versions: CommitmentVersion[];
  seed_not_before: string;
  /** Whether the latest version had been public for its waiting time when this was read. */
  seed_time_reached: boolean;
  parameters: DrawParameters;
  register_sha256: string;
  register_changed: boolean;
  exclusion_sha256: string;
  commitment: string;
  committed_by: string;
  committed_at: string;
  seed: string | null;
  drawn_by: string | null;
  drawn_at: string | null;
  receipt: DrawReceipt | null;
  invitations: number;
  personal_data_deleted: boolean;
}

/** Whether residents can sign up on the public page (from the draw until staff close it). */
export interface ForumSignUp {
  open: boolean;
  closed_at: string | null;
  closed_by: string | null;
  /** The public page on the server's own address: `/f/<slug>`. */
  path: string;
}

export interface ForumVolunteer {
  /** Pseudonymous, in order of registration: V0001. */
  id: string;
  answers: Record<string, string>;
  name: string | null;
  email: string | null;
  phone: string | null;
  source: "sign_up" | "import";
  registered_at: string;
  withdrawn_at: string | null;
  /** When the contact details were deleted; null while kept (or never given). */
  contact_deleted_at: string | null;
}

/** Volunteers (not withdrawn) who gave one quota value, against its seats. */
export interface VolunteerCount {
  category: string;
  value: string;
  volunteers: number;
  min: number;
  max: number;
}

export interface ForumVolunteers {
  sign_up: ForumSignUp;
  invitations: number;
  /** From the panel's draw on, no one withdraws or joins; contact details can go but the panel's. */
  panel_drawn: boolean;
  /** A run is fixed for the panel, or the panel drawn: no withdrawals, no reopened sign-up. */
  pool_final: boolean;
  volunteers: ForumVolunteer[];
  counts: VolunteerCount[];
  feasibility: QuotaFeasibility;
}

/** What the letters of one stratum, or all of them, brought in so far (GET .../recruitment). */
export interface RecruitmentCount {
  letters: number;
  /** Who signed up with these letters and is still in. */
  volunteers: number;
  /** Of those who signed up, who withdrew. */
  withdrawn: number;
  /** volunteers / letters, a fraction. */
  response_rate: number;
}

export interface StratumRecruitment extends RecruitmentCount {
  stratum: string;
  /** The stratum's response is below the forum's as a whole. */
  below_total: boolean;
}

/** The response to the letters per stratum while sign-up runs. */
export interface Recruitment {
  /** The register column the letters were stratified by; null when they were drawn as one stratum. */
  stratify_by: string | null;
  total: RecruitmentCount;
  /** Lowest response first, then by name. */
  strata: StratumRecruitment[];
}

export type SelectionStatus = "none" | "running" | "done" | "failed";

export interface SelectionProbability {
  id: string;
  probability: number;
  answers: Record<string, string>;
}

export interface ProbabilitySummary {
  min: number;
  max: number;
  mean: number;
  gini: number;
  geometric_mean: number;
}

export interface TicketPanel {
  first_ticket: number;
  last_ticket: number;
  composition: { type: number; seats: number }[];
}

/** What `mienskip select --json` writes without a number, with each volunteer's answers. */
export interface SelectionResult {
  algorithm: string;
  version: string;
  input_sha256: string;
  pool_size: number;
  panel_size: number;
  summary: ProbabilitySummary;
  probabilities: SelectionProbability[];
  never_selectable: string[];
  lottery: { tickets: number; panels: TicketPanel[]; summary_after_rounding: ProbabilitySummary };
}

/** One kept run of the selection; a finished run never changes. */
export interface SelectionRun {
  run: number;
  algorithm: string;
  panel_size: number;
  volunteers: number;
  input_sha256: string;
  started_by: string;
  started_at: string;
  /** Null while computing. */
  outcome: "done" | "failed" | "interrupted" | null;
  result_sha256: string | null;
  minimum_probability: number | null;
  error_code: string | null;
  finished_at: string | null;
}

/** The run the panel is drawn from, fixed before the number is known. */
export interface FixedSelection {
  run: number;
  input_sha256: string;
  result_sha256: string;
  fixed_by: string;
  fixed_at: string;
  /** The lottery number is refused before this moment. */
  number_not_before: string;
  number_time_reached: boolean;
}

export interface ForumSelection {
  status: SelectionStatus;
  /** The latest run's number; null before the first. */
  run: number | null;
  runs: SelectionRun[];
  fixed: FixedSelection | null;
  algorithm: string | null;
  started_by: string | null;
  started_at: string | null;
  finished_at: string | null;
  progress: { stage: string; elapsed_seconds: number } | null;
  error: { code: string; message: string } | null;
  input_sha256: string | null;
  volunteers: number;
  panel_size: number;
  result: SelectionResult | null;
  stale: boolean;
}

/** A member's place on the panel: drawn (member), replaced (dropout), or drawn to replace one (alternate). */
export type PanelMemberStatus = "member" | "dropout" | "alternate";

/**
 * Where a member stands on the way from selected to seated, as staff who call record it:
 * everyone starts as `selected`; only `declined` and `withdrawn` members are replaced.
 */
export type SeatStatus = "selected" | "contacted" | "confirmed" | "declined" | "unreachable" | "withdrawn";

/** One recorded change of a member's seat status, with why. */
export interface SeatChange {
  status: SeatStatus;
  /** What was said or tried; null once the member's personal data was deleted. */
  comment: string | null;
  changed_by: string;
  changed_at: string;
}

/** How many members of the panel as it is now (not the replaced) stand at each seat status. */
export type SeatCounts = Record<SeatStatus, number>;

/** What a caller records (POST .../panel/members/{id}/status): the new status and why (1-500 characters, one line). */
export interface SeatChangeInput {
  status: SeatStatus;
  comment: string;
}

export interface PanelMember {
  id: string;
  answers: Record<string, string>;
  name: string | null;
  email: string | null;
  phone: string | null;
  status: PanelMemberStatus;
  seat_status: SeatStatus;
  /** Oldest first; empty while nothing has been recorded. */
  seat_history: SeatChange[];
}

/** A panel member as a caller sees them (GET .../panel/contacts): no answers, only how to reach them and where they stand. */
export type PanelContact = Pick<PanelMember, "id" | "name" | "email" | "phone" | "status" | "seat_status" | "seat_history">;

/** The panel's names, contact details and seat statuses, for those who call its members. */
export interface PanelContacts {
  forum: { slug: string; name: string };
  members: PanelContact[];
  /** Every member of the panel as it is now has confirmed. */
  seated: boolean;
  seat_counts: SeatCounts;
}

export interface PanelRound {
  round: number;
  seed: string;
  dropouts: string[];
  alternates: string[];
  /** Why each dropout was replaced; empty for rounds drawn before reasons were kept. */
  reasons: Record<string, "declined" | "withdrawn">;
  drawn_by: string;
  drawn_at: string;
}

export interface ForumPanel {
  lottery_number: number;
  input_sha256: string;
  algorithm: string;
  panel_size: number;
  drawn_by: string;
  drawn_at: string;
  members: PanelMember[];
  rounds: PanelRound[];
  /** Every member of the panel as it is now has confirmed. */
  seated: boolean;
  seat_counts: SeatCounts;
  /** When the volunteers' answers were taken off the public verification page; null while public. */
  pool_unpublished: { at: string; by: string } | null;
}

/** What a register column can be on an invitation letter; nothing else of the register is printed. */
export type AddressRole =
  | "given_name"
  | "prefix"
  | "surname"
  | "street"
  | "house_number"
  | "house_letter"
  | "addition"
  | "postcode"
  | "place";

/** The register column per role, or null for none. */
export type AddressRoles = Record<AddressRole, string | null>;

/** GET /api/admin/forums/{slug}/letters/address: the address-block control's preview. */
export interface LetterAddressPreview {
  columns: string[];
  roles: AddressRoles;
  /** The columns the register's names suggest (the request chose none). */
  suggested: boolean;
  missing: AddressRole[];
  /** The first letter's address block and greeting; null while a required role is missing. */
  example: { lines: string[]; greeting: string } | null;
  /** The configured public address residents sign up at; null: the letters take the browser's address. */
  sign_up_url: string | null;
}

/** The register counted by one column against a quota category's values (POST .../register/composition). */
export interface RegisterComposition {
  column: string;
  /** "ages": the column was read as birth dates or years against age bands. */
  reading: "values" | "ages";
  /** The day ages are reckoned on. */
  reference_date: string;
  rows: { value: string; residents: number; seats: number; min: number; max: number }[];
  /** Residents whose value is none of the category's values. */
  unmatched: number;
  /** Which values those were, only when the column holds few different values (codes). */
  unmatched_values: { value: string; residents: number }[];
}

/** What the letters' placeholders name, the same in every language (GET/PUT .../letters/texts). */
export interface LetterFacts {
  /** {antwoorddatum}: YYYY-MM-DD, or null. */
  reply_by: string | null;
  /** {telefoon}; empty for none. */
  phone: string;
  /** {email}; empty for none. */
  email: string;
  /** {bijeenkomsten}: YYYY-MM-DD each. */
  meetings: string[];
  /** {vergoeding}: whole euros per meeting, or null. */
  allowance_euros: number | null;
}

export type LetterLanguage = "nl" | "fy" | "en";

/** A letter's words in one language. */
export interface LetterText {
  forum_name: string;
  body: string;
  signature: string;
}

export interface LetterTextsDraft {
  facts: LetterFacts;
  texts: Record<LetterLanguage, LetterText>;
}

/** The saved texts, or the defaults when `saved` is false. */
export interface LetterTexts extends LetterTextsDraft {
  saved: boolean;
  updated_by: string | null;
  updated_at: string | null;
  placeholders: string[];
  /** The default text per language, to go back to. */
  defaults: Record<LetterLanguage, LetterText>;
}

/** One language's text as the letters print it; `left_out`: lines naming a fact not filled in. */
export interface FilledLetterText {
  forum_name: string;
  paragraphs: string[];
  left_out: string[];
  signature: string;
}

/** Words per language; a language without words shows the category's or value's own name. */
export type Wording = Partial<Record<LetterLanguage, string>>;

/** How one quota question reads on the sign-up page (GET/PUT .../questions). */
export interface QuestionText {
  category: string;
  label: Wording;
  help: Wording;
  values: { value: string; label: Wording }[];
}

export interface QuestionTexts {
  questions: QuestionText[];
  saved: boolean;
  updated_by: string | null;
  updated_at: string | null;
}
