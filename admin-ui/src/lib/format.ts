// Numbers and dates as staff read them: Dutch conventions in the Dutch app (decimal comma, dot
// between thousands), British ones in the English app.
import type { Language } from "./language";

export function locale(language: Language): string {
  return language === "nl" ? "nl-NL" : "en-GB";
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, style: "decimal" | "percent", digits: number): Intl.NumberFormat {
  const key = `${language}/${style}/${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(language), { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, format);
  }
  return format;
}

/** 12.345 -> "12,3" (nl) or "12.3" (en), with a fixed number of decimals. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  if (!Number.isFinite(value)) return "–";
  // -0.04 rounds to "-0,0", which reads like a sign that is not there.
  const rounded = Number(value.toFixed(digits));
  return numberFormat(language, "decimal", digits).format(rounded === 0 ? 0 : value);
}

/** Whole numbers with thousands separators: 12345 -> "12.345" (nl). */
export function formatCount(value: number, language: Language): string {
  return formatNumber(value, language, 0);
}

/** A share between 0 and 1 as a percentage: 0.1234 -> "12,3%" (nl). */
export function formatPercent(share: number, language: Language, digits = 1): string {
  if (!Number.isFinite(share)) return "–";
  const rounded = Number((share * 100).toFixed(digits));
  return numberFormat(language, "percent", digits).format(rounded === 0 ? 0 : share);
}

/** A difference with its sign always shown: 3.2 -> "+3,2", -3.2 -> "-3,2". */
export function formatSigned(value: number, language: Language, digits = 1): string {
  const text = formatNumber(value, language, digits);
  return value > 0 && text !== formatNumber(0, language, digits) ? `+${text}` : text;
}

/** An interval: "12,3 tot 15,6" (nl) or "12.3 to 15.6" (en). */
export function formatInterval(low: number, high: number, language: Language, digits = 1): string {
  return `${formatNumber(low, language, digits)} ${language === "nl" ? "tot" : "to"} ${formatNumber(high, language, digits)}`;
}

/** A calendar day given as YYYY-MM-DD (already a day in Europe/Amsterdam): "29 nov 2026". */
export function formatDay(isoDay: string, language: Language): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(locale(language), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** A moment, shown in Dutch time whatever the computer's zone: "29 nov 2026, 14:05". */
export function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(date);
}

/** Hours and minutes in Dutch time, 24-hour clock: "14:05". */
export function formatClock(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" }).format(date);
}

/**
 * A number typed by a person: "0,3", "0.3" and " 3 " are read; anything else (empty, "1,2,3",
 * "abc") is null. Thousands separators are not accepted, so "1.000" is one, not a thousand.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}
