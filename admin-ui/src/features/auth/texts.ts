// The login's words.
// Dutch first, English second; see lib/text.ts for placeholders and plurals.
import { commonTexts } from "../../lib/texts";
import type { Catalogue, Translate } from "../../lib/text";

export const authTexts = {
  ...commonTexts,
  email: { nl: "E-mailadres", en: "E-mail address" },
  password: { nl: "Wachtwoord", en: "Password" },
  loginRefused: {
    nl: "Het e-mailadres of het wachtwoord klopt niet. Na vijf pogingen wacht een account een kwartier.",
    en: "The e-mail address or the password is not right. After five tries an account waits a quarter of an hour.",
  },
  loginTooMany: {
    nl: "Te veel mislukte pogingen vanaf deze plek. Probeer het over tien minuten opnieuw.",
    en: "Too many failed attempts from here. Try again in ten minutes.",
  },
} satisfies Catalogue;

export type AuthTextKey = keyof typeof authTexts;
export type AuthText = Translate<typeof authTexts>;
