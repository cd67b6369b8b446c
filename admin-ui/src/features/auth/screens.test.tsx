// The login's two steps as they first render: the names a screen reader and a browser test find,
// what phones and password managers need for the code, and no English on the Dutch screens.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactNode } from "react";
import { ApiContext, LanguageContext } from "../../lib/appContext";
import { createHttp } from "../../lib/http";
import type { Language } from "../../lib/language";
import { CodeStep } from "./CodeStep";
import { LoginPage } from "./LoginPage";
import { englishWords, visibleText } from "../../testing/dutchScreens";

function render(screen: ReactNode, language: Language = "nl"): string {
  return renderToStaticMarkup(
    <ApiContext.Provider value={createHttp(async () => new Response("{}"))}>
      <LanguageContext.Provider value={language}>{screen}</LanguageContext.Provider>
    </ApiContext.Provider>,
  );
}


const codeStep = (more: Partial<Parameters<typeof CodeStep>[0]> = {}) => (
  <form>
    <CodeStep
      email="jan@gemeente.nl"
      code=""
      onCodeChange={() => undefined}
      recovery={false}
      onRecoveryChange={() => undefined}
      busy={false}
      onBack={() => undefined}
      {...more}
    />
  </form>
);

describe("the login", () => {
  it("starts with the e-mail address and password", () => {
    const html = render(<LoginPage />);
    expect(html).toMatch(/<h1[^>]*id="login-title"[^>]*>Inloggen<\/h1>/);
    expect(html).toMatch(/<label[^>]*for="email"[^>]*>E-mailadres<\/label>/);
    expect(html).toMatch(/<label[^>]*for="password"[^>]*>Wachtwoord<\/label>/);
    expect(html).not.toContain("login-code");
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("asks at its second step for the code, with a numeric keyboard and the phone's code suggestion", () => {
    const html = render(codeStep());
    expect(html).toMatch(/<label[^>]*for="login-code"[^>]*>Code uit uw authenticator-app<\/label>/);
    const input = html.match(/<input[^>]*id="login-code"[^>]*>/)![0];
    expect(input).toMatch(/inputmode="numeric"/i);
    expect(input).toMatch(/autocomplete="one-time-code"/i);
    expect(input).toMatch(/aria-describedby="login-code-description"/);
    expect(html).toMatch(/id="login-code-description"[^>]*>[^<]*herstelcodes, in de vorm xxxx-xxxx-xxxx-xxxx/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Inloggen<\/button>/);
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>Terug<\/button>/);
    expect(html).toContain("U logt in als jan@gemeente.nl.");
    expect(html.match(/<input[^>]*autocomplete="username"[^>]*>/i)![0]).toContain('value="jan@gemeente.nl"');
    expect(visibleText(html)).not.toMatch(englishWords);
  });

  it("offers a keyboard with letters for a recovery code", () => {
    const input = render(codeStep({ recovery: true })).match(/<input[^>]*id="login-code"[^>]*>/)![0];
    expect(input).toMatch(/inputmode="text"/i);
    expect(input).not.toMatch(/one-time-code/);
  });

  it("says at the field what is wrong with a typed code", () => {
    const html = render(codeStep({ code: "12345", problem: "codeShape" }));
    expect(html).toMatch(/id="login-code-error"[^>]*>Een code uit de app heeft zes cijfers/);
    expect(html.match(/<input[^>]*id="login-code"[^>]*>/)![0]).toMatch(/aria-describedby="login-code-description login-code-error"/);
  });
});
