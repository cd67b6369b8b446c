// The burgerforums' endpoints of the staff API (server/api/openapi.json, docs/burgerforum.md), as
// functions of the app's HTTP client. The hooks in queries.ts and actions.ts use these.
import { orNullOn, resourcePath, type Http } from "../../../lib/http";
import type { UploadProgress } from "../../../lib/uploadProgress";
import { addressParams } from "../letterAddress";
import type {
  AddressRoles,
  DrawParameters,
  Forum,
  ForumDraw,
  ForumInput,
  ForumPanel,
  PanelContacts,
  SeatChangeInput,
  ForumRegister,
  ForumSelection,
  ForumSignUp,
  ForumVolunteer,
  ForumVolunteers,
  FilledLetterText,
  LetterAddressPreview,
  LetterLanguage,
  LetterTexts,
  LetterTextsDraft,
  QuestionText,
  QuestionTexts,
  VolunteerImportResult,
  QuotaCategory,
  QuotaFeasibility,
  RegisterComposition,
  Recruitment,
} from "./types";

/** The path of a burgerforum's API resources. */
export function forumPath(slug: string, rest = ""): string {
  return resourcePath("/api/admin/forums", slug, rest);
}

/**
 * The mail-merge file and the printable letters; plain links, so the browser sends the session
 * cookie itself. The letters carry exactly the address columns chosen (`roles`); without them the
 * server suggests columns.
 */
export function forumDownloadUrls(slug: string, roles: AddressRoles | null = null) {
  const letters = (language: LetterLanguage) => {
    const params = new URLSearchParams({ language });
    if (roles) addressParams(roles).forEach((value, key) => params.set(key, value));
    return forumPath(slug, `/letters.html?${params.toString()}`);
  };
  return { invitationsCsv: forumPath(slug, "/invitations.csv"), lettersNl: letters("nl"), lettersFy: letters("fy"), lettersEn: letters("en") };
}

/** The empty import file with the forum's columns, for Dutch Excel. */
export function volunteerTemplateUrl(slug: string): string {
  return forumPath(slug, "/volunteers/template.csv");
}

export type RegisterDeletion = ForumDraw & { deleted: { register_rows: number; codes: number } };

export function forumApi(http: Http) {
  const { call } = http;
  return {
    async forums(): Promise<Forum[]> {
      return (await call<{ forums: Forum[] }>("GET", "/api/admin/forums")).forums;
    },
    forum: (slug: string) => call<Forum>("GET", forumPath(slug)),
    createForum: (forum: ForumInput) => call<Forum>("POST", "/api/admin/forums", { json: forum }),
    saveQuotas: (slug: string, categories: QuotaCategory[], panelSize: number) =>
      call<Forum>("PUT", forumPath(slug, "/quotas"), { json: { categories, panel_size: panelSize } }),
    /** What the lottery would say of quotas being edited; nothing is stored. */
    /** The register by `column` against `values`, with quotas in proportion for a panel of `panelSize`; counts only. */
    registerComposition: (slug: string, column: string, values: string[], panelSize: number) =>
      call<RegisterComposition>("POST", forumPath(slug, "/register/composition"), { json: { column, values, panel_size: panelSize } }),
    async checkQuotas(slug: string, categories: QuotaCategory[], panelSize: number): Promise<QuotaFeasibility> {
      const answer = await call<{ feasibility: QuotaFeasibility }>("POST", forumPath(slug, "/quotas/check"), {
        json: { categories, panel_size: panelSize },
      });
      return answer.feasibility;
    },
    /** The accepted register, or null before the first upload. */
    register: (slug: string) => orNullOn("no_register", call<ForumRegister>("GET", forumPath(slug, "/register"))),
    /** The file itself is the body: the browser streams it with its Content-Length, which the server requires. */
    uploadRegister: (slug: string, file: Blob, onProgress?: (progress: UploadProgress) => void) =>
      call<ForumRegister>("POST", forumPath(slug, "/register"), { raw: { body: file, contentType: "text/csv" }, onUploadProgress: onProgress }),
    /** The draw (commitment, then seed and receipt), or null before a commitment. */
    draw: (slug: string) => orNullOn("no_commitment", call<ForumDraw>("GET", forumPath(slug, "/draw"))),
    commitDraw: (slug: string, parameters: DrawParameters) => call<ForumDraw>("PUT", forumPath(slug, "/draw/commitment"), { json: parameters }),
    runDraw: (slug: string, seed: string) => call<ForumDraw>("POST", forumPath(slug, "/draw"), { json: { seed } }),
    /** The letters' address block for these columns, or for the suggested ones when `roles` is null. */
    letterAddress(slug: string, roles: AddressRoles | null): Promise<LetterAddressPreview> {
      const query = roles ? `?${addressParams(roles).toString()}` : "";
      return call<LetterAddressPreview>("GET", forumPath(slug, `/letters/address${query}`));
    },
    /** How the quota questions read on the sign-up page, per language. */
    questionTexts: (slug: string) => call<QuestionTexts>("GET", forumPath(slug, "/questions")),
    saveQuestionTexts: (slug: string, questions: QuestionText[]) => call<QuestionTexts>("PUT", forumPath(slug, "/questions"), { json: { questions } }),
    /** The letters' facts and texts as saved, or the defaults. */
    letterTexts: (slug: string) => call<LetterTexts>("GET", forumPath(slug, "/letters/texts")),
    saveLetterTexts: (slug: string, draft: LetterTextsDraft) => call<LetterTexts>("PUT", forumPath(slug, "/letters/texts"), { json: draft }),
    /** Each language as the letters would print this draft; nothing is saved. */
    async previewLetterTexts(slug: string, draft: LetterTextsDraft): Promise<Record<LetterLanguage, FilledLetterText>> {
      return (await call<{ texts: Record<LetterLanguage, FilledLetterText> }>("POST", forumPath(slug, "/letters/texts/preview"), { json: draft })).texts;
    },
    /** The register's rows and the letters' codes go once the letters are out; the hashes stay. */
    deleteRegisterPersonalData: (slug: string) => call<RegisterDeletion>("POST", forumPath(slug, "/personal-data/delete")),
    volunteers: (slug: string) => call<ForumVolunteers>("GET", forumPath(slug, "/volunteers")),
    /** All or nothing: a file with any problem is refused with them (422 `invalid_volunteers`). */
    importVolunteers: (slug: string, file: Blob) =>
      call<VolunteerImportResult>("POST", forumPath(slug, "/volunteers"), { raw: { body: file, contentType: "text/csv" } }),
    withdrawVolunteer: (slug: string, id: string) => call<ForumVolunteer>("POST", forumPath(slug, `/volunteers/${encodeURIComponent(id)}/withdraw`)),
    /** A resident asking to be forgotten: name, email and phone go (before the panel, they also leave the pool). */
    deleteVolunteerContact: (slug: string, id: string) =>
      call<ForumVolunteer>("POST", forumPath(slug, `/volunteers/${encodeURIComponent(id)}/personal-data/delete`)),
    /** Everyone's contact details but the current panel's ("panel") or everyone's ("none"). */
    deleteVolunteerContacts: (slug: string, keep: "panel" | "none") =>
      call<{ deleted: number; kept: number }>("POST", forumPath(slug, "/volunteers/personal-data/delete"), { json: { keep } }),
    /** The response to the letters per stratum, or null before the invitations are drawn. */
    recruitment: (slug: string) => orNullOn("no_draw", call<Recruitment>("GET", forumPath(slug, "/recruitment"))),
    setSignUpOpen: (slug: string, open: boolean) => call<ForumSignUp>("POST", forumPath(slug, open ? "/sign-up/open" : "/sign-up/close")),
    /** The latest selection run (status "none" before the first). */
    selection: (slug: string) => call<ForumSelection>("GET", forumPath(slug, "/selection")),
    /** Starts the selection in the background: the answer comes back at once, still running. */
    startSelection: (slug: string, algorithm = "leximin") => call<ForumSelection>("POST", forumPath(slug, "/selection"), { json: { algorithm } }),
    /** The drawn panel, or null before it is drawn. */
    panel: (slug: string) => orNullOn("no_panel", call<ForumPanel>("GET", forumPath(slug, "/panel"))),
    /** The panel's names, contact details and seat statuses only (what a caller may see), or null before it is drawn. */
    panelContacts: (slug: string) => orNullOn("no_panel", call<PanelContacts>("GET", forumPath(slug, "/panel/contacts"))),
    /** A member's new seat status and why (a caller's record of a call); the answer is the contacts as they are now. */
    recordSeatStatus: (slug: string, id: string, change: SeatChangeInput) =>
      call<PanelContacts>("POST", forumPath(slug, `/panel/members/${encodeURIComponent(id)}/status`), { json: change }),
    /** Fixes the latest run, done, as the one the panel is drawn from. */
    fixSelection: (slug: string, run: number) => call<ForumSelection>("POST", forumPath(slug, "/selection/fixed"), { json: { run } }),
    drawPanel: (slug: string, lotteryNumber: number) => call<ForumPanel>("POST", forumPath(slug, "/panel"), { json: { lottery_number: lotteryNumber } }),
    /** Takes the volunteers' answers off the public verification page; their hashes stay. */
    unpublishPool: (slug: string) => call<ForumPanel>("POST", forumPath(slug, "/published-pool/unpublish")),
    replaceDropouts: (slug: string, ids: string[], seed: string) => call<ForumPanel>("POST", forumPath(slug, "/panel/dropouts"), { json: { ids, seed } }),
  };
}

export type ForumApi = ReturnType<typeof forumApi>;
