// The accounts' screens as they first render (server-side, with the list already in the cache):
// the names a screen reader and a browser test find, and no English on the Dutch screens.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ApiContext, LanguageContext, SessionContext } from "../../lib/appContext";
import { createHttp } from "../../lib/http";
import type { Language } from "../../lib/language";
import type { Session } from "../../lib/session";
import { accountKeys } from "./api/queries";
import type { Account } from "./api/types";
import { AccountsPage } from "./AccountsPage";
import { ChangePasswordPage } from "./ChangePasswordPage";

const session: Session = { email: "anna@gemeente.nl", role: "admin", csrf_token: "t", must_change_password: false };

const account = (id: number, email: string, more: Partial<Account> = {}): Account => ({
  id,
  email,
  role: "analyst",
  status: "active",
  locked_until: null,
  must_change_password: false,
  created_at: "2026-11-29T10:00:00Z",
  last_login_at: "2026-11-29T13:05:00Z",
  sessions: 1,
  you: false,
  ...more,
});

function render(screen: ReactNode, language: Language = "nl", accounts: Account[] = []): string {
  const client = new QueryClient();
  client.setQueryData(accountKeys.list, accounts);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ApiContext.Provider value={createHttp(async () => new Response("{}"))}>
        <SessionContext.Provider value={{ session, setSession: () => undefined }}>
          <LanguageContext.Provider value={language}>{screen}</LanguageContext.Provider>
        </SessionContext.Provider>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
}

/** The text a person reads, without what is marked as another language. */
function visibleText(html: string): string {
  return html
    .replace(/<([a-z]+)[^>]*lang="en"[^>]*>.*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

const englishWords = /\b(the|and|must|should|with|you|your|not|please|cannot)\b/i;

const accounts = [
  account(1, "anna@gemeente.nl", { role: "admin", you: true }),
  account(2, "jan@gemeente.nl", { status: "disabled", sessions: 0, last_login_at: null }),
  account(3, "piet@gemeente.nl", { must_change_password: true, sessions: 2 }),
];

describe("the accounts screen", () => {
  it("lists every account with its role, status, last sign-in and sessions, marking one's own", () => {
    const html = render(<AccountsPage />, "nl", accounts);
    expect(html).toMatch(/<h1[^>]*id="accounts-title"[^>]*>Accounts<\/h1>/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>anna@gemeente\.nl \(u\)<\/th>/);
    const text = visibleText(html);
    expect(text).toContain("jan@gemeente.nl analist uitgeschakeld nog nooit 0");
    expect(text).toContain("piet@gemeente.nl analist moet wachtwoord kiezen 29 nov 2026, 14:05 2");
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
