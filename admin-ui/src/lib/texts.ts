// The app's words: Dutch first, English second.
export type Language = "nl" | "en";

const texts = {
  appName: { nl: "Mienskip beheer", en: "Mienskip administration" },
  logIn: { nl: "Inloggen", en: "Log in" },
  logOut: { nl: "Uitloggen", en: "Log out" },
  email: { nl: "E-mailadres", en: "E-mail address" },
  password: { nl: "Wachtwoord", en: "Password" },
  loggedInAs: { nl: "Ingelogd als", en: "Logged in as" },
  surveys: { nl: "Enquêtes", en: "Surveys" },
  survey: { nl: "Enquête", en: "Survey" },
  status: { nl: "Status", en: "Status" },
  responses: { nl: "Antwoorden", en: "Responses" },
  codes: { nl: "Codes", en: "Codes" },
  open: { nl: "Open", en: "Open" },
  closed: { nl: "Gesloten", en: "Closed" },
  close: { nl: "Sluiten", en: "Close" },
  reopen: { nl: "Weer openen", en: "Reopen" },
  noSurveys: { nl: "Er zijn nog geen enquêtes.", en: "There are no surveys yet." },
  readOnly: {
    nl: "U kunt de resultaten bekijken; alleen beheerders kunnen enquêtes openen of sluiten.",
    en: "You can view results; only administrators can open or close surveys.",
  },
  otherLanguage: { nl: "English", en: "Nederlands" },
  loading: { nl: "Laden…", en: "Loading…" },
} as const;

export type TextKey = keyof typeof texts;

export function text(language: Language, key: TextKey): string {
  return texts[key][language];
}
