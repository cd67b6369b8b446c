// The app's words: catalogues of {nl, en} per key, with named placeholders ("{count}", "{id}") and
// plural forms chosen by Intl.PluralRules, so that a count in a sentence agrees with its noun
// ("1 vrijwilliger", "2 vrijwilligers"). Each feature keeps its own catalogue (features/*/texts.ts)
// on top of the app-wide words in lib/texts.ts; useText(catalogue) gives a t() whose keys are
// that catalogue's, so a key that does not exist is a type error.
import { useMemo } from "react";
import { useLanguage } from "./appContext";
import { locale, type Language } from "./language";

/** A wording that depends on `count`; `other` is required, the rest as the language's rules need. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Wording = string | PluralForms;
export type Entry = Record<Language, Wording>;
export type Catalogue = Record<string, Entry>;

/**
 * A count and its noun, "1 zetel" and "2 zetels": `{count}` before the singular and the plural,
 * in Dutch and in English (both have these two forms).
 */
export function countedNoun(nl: [one: string, other: string], en: [one: string, other: string]) {
  const forms = ([one, other]: [string, string]) => ({ one: `{count} ${one}`, other: `{count} ${other}` });
  return { nl: forms(nl), en: forms(en) };
}

/** What fills the placeholders; `count` also chooses the plural form. Numbers are written the language's way. */
export type TextValues = { count?: number } & Record<string, string | number | undefined>;

export type Translate<C extends Catalogue> = (key: keyof C & string, values?: TextValues) => string;

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function pluralRule(language: Language): Intl.PluralRules {
  let rule = pluralRules.get(language);
  if (!rule) pluralRules.set(language, (rule = new Intl.PluralRules(locale(language))));
  return rule;
}

function numberFormat(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(locale(language))));
  return format;
}

function chooseForm(wording: Wording, language: Language, count: number | undefined): string {
  if (typeof wording === "string") return wording;
  // Without a count there is nothing to agree with: the general form.
  if (count === undefined) return wording.other;
  return wording[pluralRule(language).select(count)] ?? wording.other;
}

/**
 * The entry `key` of `catalogue` in `language`, its placeholders filled from `values`. A
 * placeholder without a value stays as written ("{id}"), so a forgotten value shows on screen
 * and in a test instead of reading as a silently shorter sentence.
 */
export function translate<C extends Catalogue>(catalogue: C, language: Language, key: keyof C & string, values: TextValues = {}): string {
  const wording = chooseForm(catalogue[key][language], language, values.count);
  return wording.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? numberFormat(language).format(value) : value;
  });
}

/** A catalogue's t() in a given language (for code outside components, and tests). */
export function translator<C extends Catalogue>(catalogue: C, language: Language): Translate<C> {
  return (key, values) => translate(catalogue, language, key, values);
}

/** The catalogue's t() in the app's current language. */
export function useText<C extends Catalogue>(catalogue: C): Translate<C> {
  const language = useLanguage();
  return useMemo(() => translator(catalogue, language), [catalogue, language]);
}
