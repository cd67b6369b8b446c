// The login's words: e-mail address and password, then, for an account with two-factor sign-in,
// the code from the authenticator app (or a recovery code).
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

  // The second step
  codeStepIntro: {
    nl: "Uw wachtwoord klopt. Typ nu de code die uw authenticator-app voor Mienskip toont. U logt in als {email}.",
    en: "Your password is right. Now type the code your authenticator app shows for Mienskip. You are signing in as {email}.",
  },
  codeHelp: {
    nl: "Zes cijfers, die elke 30 seconden veranderen. Telefoon kwijt? Typ dan een van uw herstelcodes, in de vorm xxxx-xxxx-xxxx-xxxx. Elke herstelcode werkt één keer.",
    en: "Six digits, which change every 30 seconds. Lost your phone? Then type one of your recovery codes, in the form xxxx-xxxx-xxxx-xxxx. Each recovery code works once.",
  },
  useRecoveryCode: { nl: "Ik typ een herstelcode (letters en cijfers)", en: "I am typing a recovery code (letters and digits)" },
  back: { nl: "Terug", en: "Back" },
  codeRequired: {
    nl: "Vul de code uit uw authenticator-app of een herstelcode in.",
    en: "Enter the code from your authenticator app or a recovery code.",
  },
  codeShape: {
    nl: "Een code uit de app heeft zes cijfers; een herstelcode ziet eruit als xxxx-xxxx-xxxx-xxxx.",
    en: "A code from the app has six digits; a recovery code looks like xxxx-xxxx-xxxx-xxxx.",
  },
  loginCodeRefused: {
    nl: "De code klopt niet of is al gebruikt. Na 5 foute pogingen op rij wordt het account 15 minuten geblokkeerd.",
    en: "The code is not right or has already been used. After 5 wrong tries in a row the account is locked for 15 minutes.",
  },
} satisfies Catalogue;

export type AuthTextKey = keyof typeof authTexts;
export type AuthText = Translate<typeof authTexts>;
