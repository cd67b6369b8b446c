// An account's status in words: disabled, locked after wrong passwords (until when), active, and
// whether it must still choose its own password.
import type { Account } from "./api/types";
import { formatClock, formatMoment } from "../../lib/format";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { accountTexts } from "./texts";

/** Whether sign-ins are refused at `now` because of wrong passwords. */
export function isLocked(account: Pick<Account, "locked_until">, now: Date): boolean {
  if (!account.locked_until) return false;
  const until = new Date(account.locked_until);
  return !Number.isNaN(until.getTime()) && until.getTime() > now.getTime();
}

const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The end of a lock: the time on the same day (Dutch time), otherwise the day too. */
function lockEnd(until: Date, now: Date, language: Language): string {
  return amsterdamDay.format(until) === amsterdamDay.format(now) ? formatClock(until, language) : formatMoment(until.toISOString(), language);
}

/**
 * "actief", "uitgeschakeld", "geblokkeerd tot 14:05", "moet wachtwoord kiezen", or two of them:
 * "uitgeschakeld, moet wachtwoord kiezen". An active account that must choose a password says
 * only that.
 */
export function accountStatusText(account: Pick<Account, "status" | "locked_until" | "must_change_password">, now: Date, language: Language): string {
  const t = (key: "statusActive" | "statusDisabled" | "statusLocked" | "statusMustChoose", time?: string) => translate(accountTexts, language, key, { time });
  const parts: string[] = [];
  if (account.status === "disabled") parts.push(t("statusDisabled"));
  else if (isLocked(account, now)) parts.push(t("statusLocked", lockEnd(new Date(account.locked_until!), now, language)));
  if (account.must_change_password) parts.push(t("statusMustChoose"));
  if (parts.length === 0) parts.push(t("statusActive"));
  return parts.join(", ");
}
