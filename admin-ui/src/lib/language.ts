// The languages the staff app speaks: Dutch first, English second.
export type Language = "nl" | "en";

/** The locale numbers, dates and plural rules follow. */
export function locale(language: Language): string {
  return language === "nl" ? "nl-NL" : "en-GB";
}
