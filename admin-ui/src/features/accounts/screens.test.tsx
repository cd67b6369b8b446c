// The accounts' screens as they first render (server-side, with the list already in the cache):
// the names a screen reader and a browser test find, and no English on the Dutch screens.
import { describe, expect, it } from "vitest";
import type { ReactNode } from "react";
import type { Language } from "../../lib/language";
import type { Session } from "../../lib/session";
import { accountKeys } from "./api/queries";
import type { Account, Grant, TaskTarget } from "./api/types";
import { testAccount } from "./api/testAccount";
import { englishWords, visibleText } from "../../testing/dutchScreens";
import { ApiError } from "../../lib/http";
import { renderScreen, testSession } from "../../testing/renderScreen";
import { useAction } from "../../lib/useAction";
import { AccountPanel } from "./AccountPanel";
import { AccountsPage } from "./AccountsPage";
import { ChangePasswordPage } from "./ChangePasswordPage";
import { EnrolmentSteps } from "./EnrolmentSteps";
import { RecoveryCodes } from "./RecoveryCodes";
import { TwoFactorPage } from "./TwoFactorPage";

const session = testSession();

const account = testAccount;

const targets: TaskTarget[] = [
  { scope: "forum", slug: "energie", title: "Burgerforum Energie" },
  { scope: "survey", slug: "wonen", title: "Wonen 2027" },
];

function render(screen: ReactNode, language: Language = "nl", accounts: Account[] = [], signedIn: Session = session): string {
  return renderScreen(screen, {
    session: signedIn,
    language,
    cache: (client) => {
      client.setQueryData(accountKeys.list, accounts);
      client.setQueryData(accountKeys.taskTargets, targets);
    },
  });
}


const caller: Grant = { scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "caller" };
const surveyManager: Grant = { scope: "survey", slug: "wonen", title: "Wonen 2027", role: "survey_manager" };

const accounts = [
  account(1, "anna@gemeente.nl", { role: "admin", you: true, two_factor: true }),
  account(2, "jan@gemeente.nl", { status: "disabled", sessions: 0, last_login_at: null }),
  account(3, "piet@gemeente.nl", { role: "none", grants: [caller, surveyManager], must_change_password: true, sessions: 2 }),
];

describe("the accounts screen", () => {
  it("lists every account with its role, tasks, status, last sign-in and sessions, marking one's own", () => {
    const html = render(<AccountsPage />, "nl", accounts);
    expect(html).toMatch(/<h1[^>]*id="accounts-title"[^>]*>Accounts<\/h1>/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>anna@gemeente\.nl \(u\)<\/th>/);
    const text = visibleText(html);
    expect(text).toContain("Rol Taken Status Twee stappen Laatst ingelogd");
    expect(text).toContain("anna@gemeente.nl (u) beheerder geen actief aan 29 nov 2026, 14:05 1");
    expect(text).toContain("jan@gemeente.nl analist geen uitgeschakeld uit nog nooit 0");
    expect(text).toContain(
      "piet@gemeente.nl geen vaste rol Beller van Burgerforum Energie; Enquêtebeheerder van Wonen 2027 moet wachtwoord kiezen uit 29 nov 2026, 14:05 2",
    );
  });

  it("words the tasks and a role of none in English too", () => {
    const text = visibleText(render(<AccountsPage />, "en", accounts));
    expect(text).toContain("piet@gemeente.nl no municipality-wide role Caller for Burgerforum Energie; Survey manager of Wonen 2027");
  });

  it("names each Beheren button by its visible word first, then the account", () => {
    const html = render(<AccountsPage />, "nl", accounts);
    expect(html).toMatch(/<button[^>]*>Beheren<span class="mienskip-visually-hidden"> jan@gemeente\.nl<\/span><\/button>/);
    expect(html).not.toMatch(/<button[^>]*>Beheren<span[^>]*> anna@gemeente\.nl/);
    expect(html).not.toMatch(/aria-label=/);
  });

  it("has labelled fields to add an account", () => {
    const html = render(<AccountsPage />, "nl", accounts);
    expect(html).toMatch(/<h2[^>]*>Account toevoegen<\/h2>/);
    expect(html).toMatch(/<label[^>]*for="new-account-email"[^>]*>E-mailadres<\/label>/);
    expect(html).toMatch(/<label[^>]*for="new-account-role"[^>]*>Rol<\/label>/);
    expect(html).toMatch(/<option value="none"[^>]*>Geen vaste rol \(alleen taken\)<\/option>/);
    expect(html).toMatch(/<label[^>]*for="new-account-password"[^>]*>Tijdelijk wachtwoord<\/label>/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Account toevoegen<\/button>/);
  });

  it("has no English words in Dutch", () => {
    expect(visibleText(render(<AccountsPage />, "nl", accounts))).not.toMatch(englishWords);
  });
});

describe("the own password screen", () => {
  it("has the three labelled password fields with what password managers need", () => {
    const html = render(<ChangePasswordPage />);
    expect(html).toMatch(/<h1[^>]*>Wachtwoord wijzigen<\/h1>/);
    const input = (id: string) => html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))![0];
    expect(html).toMatch(/<label[^>]*for="current-password"[^>]*>Huidig wachtwoord<\/label>/);
    expect(html).toMatch(/<label[^>]*for="new-password"[^>]*>Nieuw wachtwoord<\/label>/);
    expect(html).toMatch(/<label[^>]*for="repeat-password"[^>]*>Herhaal het nieuwe wachtwoord<\/label>/);
    expect(input("current-password")).toMatch(/autocomplete="current-password"/i);
    expect(input("new-password")).toMatch(/autocomplete="new-password"/i);
    expect(input("repeat-password")).toMatch(/autocomplete="new-password"/i);
    expect(input("current-password")).toMatch(/type="password"/);
    const username = html.match(/<input[^>]*autocomplete="username"[^>]*>/i)![0];
    expect(username).toContain('value="anna@gemeente.nl"');
    expect(username).toContain("hidden");
  });

  it("explains why when the account must choose its own password first", () => {
    const html = render(<ChangePasswordPage required />);
    expect(html).toMatch(/<h1[^>]*>Kies een eigen wachtwoord<\/h1>/);
    expect(html).toContain("Kies eerst een eigen wachtwoord; daarna kunt u verder.");
    expect(visibleText(html)).not.toMatch(englishWords);
    expect(visibleText(render(<ChangePasswordPage />))).not.toMatch(englishWords);
  });
});

function Panel({ account }: { account: Account }) {
  return <AccountPanel account={account} action={useAction()} onDone={() => undefined} onRemoved={() => undefined} />;
}

describe("an account's role and tasks, for an administrator", () => {
  it("offers no municipality-wide role beside administrator and analyst", () => {
    const html = render(<Panel account={account(3, "piet@gemeente.nl")} />);
    const select = html.match(/<select[^>]*id="account-role-choice"[^>]*>.*?<\/select>/)![0];
    expect(select.match(/<option value="([a-z]+)"/g)).toEqual(['<option value="admin"', '<option value="analyst"', '<option value="none"']);
    expect(select).toContain("Geen vaste rol (alleen taken)");
  });

  it("lists each task with a Verwijderen button named by its visible word first, then the task", () => {
    const html = render(<Panel account={account(3, "piet@gemeente.nl", { role: "none", grants: [caller, surveyManager] })} />);
    expect(html).toMatch(/<h3[^>]*id="account-tasks-title"[^>]*>Taken<\/h3>/);
    expect(html).toMatch(
      /<li><span>Beller van Burgerforum Energie<\/span><button[^>]*type="button"[^>]*>Verwijderen<span class="mienskip-visually-hidden">: Beller van Burgerforum Energie<\/span><\/button><\/li>/,
    );
    expect(html).toContain('Verwijderen<span class="mienskip-visually-hidden">: Enquêtebeheerder van Wonen 2027</span>');
    expect(html).not.toMatch(/aria-label=/);
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("says when there are no tasks yet", () => {
    const html = render(<Panel account={account(3, "piet@gemeente.nl")} />);
    expect(html).toContain("piet@gemeente.nl heeft nog geen taken.");
    expect(html).not.toContain("mienskip-tasks");
  });

  it("adds a task with one dropdown of forums and surveys and one of the roles of the first one's scope", () => {
    const html = render(<Panel account={account(3, "piet@gemeente.nl")} />);
    expect(html).toMatch(/<h4[^>]*id="account-task-add-title"[^>]*>Taak toevoegen<\/h4>/);
    expect(html).toMatch(/<label[^>]*for="account-task-target"[^>]*>Burgerforum of enquête<\/label>/);
    const target = html.match(/<select[^>]*id="account-task-target"[^>]*>.*?<\/select>/)![0];
    expect(target).toMatch(/<option value="forum:energie"[^>]*selected=""[^>]*>Forum: Burgerforum Energie<\/option>/);
    expect(target).toMatch(/<option value="survey:wonen"[^>]*>Enquête: Wonen 2027<\/option>/);
    expect(html).toMatch(/<label[^>]*for="account-task-role"[^>]*>Rol in deze taak<\/label>/);
    const role = html.match(/<select[^>]*id="account-task-role"[^>]*>.*?<\/select>/)![0];
    expect(role).toMatch(/aria-describedby="account-task-role-description"/);
    const options = [...role.matchAll(/<option value="([a-z_]+)"([^>]*)>([^<]*)<\/option>/g)];
    expect(options.map(([, value, , label]) => `${value}: ${label}`)).toEqual(["caller: Beller", "forum_manager: Forumbeheerder"]);
    expect(options[0][2]).toContain('selected=""');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Taak toevoegen<\/button>/);
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("notes that an administrator's tasks count only once the role changes", () => {
    expect(render(<Panel account={account(3, "piet@gemeente.nl", { role: "admin" })} />)).toContain("Als beheerder kan piet@gemeente.nl al alles");
  });
});

describe("an account's two-factor sign-in, for an administrator", () => {
  it("offers setting it up again after a lost phone when it is on", () => {
    const html = render(<Panel account={account(3, "piet@gemeente.nl", { two_factor: true })} />);
    expect(html).toMatch(/<h3[^>]*id="account-two-factor-title"[^>]*>Inloggen in twee stappen<\/h3>/);
    expect(html).toContain("Inloggen in twee stappen staat aan voor piet@gemeente.nl");
    expect(html).toMatch(/<button[^>]*>Telefoon kwijt: twee stappen opnieuw instellen<\/button>/);
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("says it is off, with nothing to reset", () => {
    const html = render(<Panel account={account(3, "piet@gemeente.nl")} />);
    expect(html).toContain("Inloggen in twee stappen staat uit voor piet@gemeente.nl.");
    expect(html).not.toContain("Telefoon kwijt");
    expect(visibleText(html)).not.toMatch(englishWords);
  });
});

const enrolment = {
  secret: "JBSWY3DPEHPK3PXP",
  otpauth_uri: "otpauth://totp/Mienskip:anna%40gemeente.nl?secret=JBSWY3DPEHPK3PXP&issuer=Mienskip",
  qr_svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21"><path d="M0 0h7v7H0z"/></svg>',
};

describe("setting up one's own two-factor sign-in", () => {
  const enrolling: Session = { ...session, two_factor_enabled: false, must_enrol_two_factor: true };

  it("says why when it is required, and waits for the server's secret", () => {
    const html = render(<TwoFactorPage required />, "nl", [], enrolling);
    expect(html).toMatch(/<h1[^>]*>Inloggen in twee stappen instellen<\/h1>/);
    expect(html).toContain("Voor uw account is inloggen in twee stappen verplicht.");
    expect(html).toContain("Laden…");
    expect(visibleText(html)).not.toMatch(englishWords);
    expect(visibleText(render(<TwoFactorPage />, "nl", [], { ...enrolling, must_enrol_two_factor: false }))).not.toMatch(englishWords);
  });

  it("says it is on when it is", () => {
    const html = render(<TwoFactorPage />);
    expect(html).toMatch(/<h1[^>]*>Inloggen in twee stappen<\/h1>/);
    expect(html).toContain("staat aan voor uw account");
    expect(html).not.toContain("<form");
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("shows the four steps: the QR code as an image, the key to type, and the code field", () => {
    const html = render(
      <EnrolmentSteps enrolment={enrolment} code="" onCodeChange={() => undefined} busy={false} error={null} onSubmit={() => undefined} />,
    );
    expect(html.match(/<li/g)).toHaveLength(4);
    const image = html.match(/<img[^>]*>/)![0];
    expect(image).toContain('alt="QR-code om in uw authenticator-app te scannen"');
    expect(image).toContain('src="data:image/svg+xml;utf8,%3Csvg%20');
    expect(html).not.toContain("<svg");
    expect(html).toMatch(/<code[^>]*id="two-factor-secret"[^>]*data-secret="JBSWY3DPEHPK3PXP"[^>]*>JBSW Y3DP EHPK 3PXP<\/code>/);
    expect(html).toContain('href="otpauth://totp/Mienskip:anna%40gemeente.nl?secret=JBSWY3DPEHPK3PXP&amp;issuer=Mienskip"');
    expect(html).toMatch(/<label[^>]*for="two-factor-code"[^>]*>Code uit uw authenticator-app<\/label>/);
    const input = html.match(/<input[^>]*id="two-factor-code"[^>]*>/)![0];
    expect(input).toMatch(/inputmode="numeric"/i);
    expect(input).toMatch(/autocomplete="one-time-code"/i);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Bevestigen<\/button>/);
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("words a wrong code in Dutch", () => {
    const wrong = new ApiError(422, "invalid_two_factor_code", "The code is wrong.");
    const html = render(
      <EnrolmentSteps enrolment={enrolment} code="" onCodeChange={() => undefined} busy={false} error={wrong} onSubmit={() => undefined} />,
    );
    expect(html).toMatch(/role="alert"[^>]*>.*De code klopt niet\./);
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("shows the ten recovery codes once, with printing and the way on", () => {
    const codes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String(i).padStart(2, "0")}`);
    const html = render(<RecoveryCodes codes={codes} leaving={false} onContinue={() => undefined} />);
    expect(html).toMatch(/<h2[^>]*id="recovery-title"[^>]*>Uw herstelcodes<\/h2>/);
    const list = html.match(/<ol[^>]*id="recovery-codes"[^>]*>.*?<\/ol>/)![0];
    expect(list.match(/<li[^>]*><code>abcd-efgh-jkmn-pq\d\d<\/code><\/li>/g)).toHaveLength(10);
    expect(html).toContain("Elke herstelcode werkt één keer.");
    expect(html).toContain("U ziet de herstelcodes alleen nu.");
    expect(html).toMatch(/<button[^>]*>Afdrukken<\/button>/);
    expect(html).toMatch(/<button[^>]*>Ik heb de herstelcodes bewaard<\/button>/);
    expect(visibleText(html)).not.toMatch(englishWords);
  });
});
