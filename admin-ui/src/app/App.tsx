import { useEffect, useMemo, useState } from "react";
import { Paragraph, SubtleButton } from "@utrecht/component-library-react";
import { createApi, type Session } from "../lib/api";
import { text, type Language } from "../lib/texts";
import { LoginPage } from "../features/auth/LoginPage";
import { SurveysPage } from "../features/surveys/SurveysPage";

export function App() {
  const api = useMemo(() => createApi(), []);
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [language, setLanguage] = useState<Language>("nl");

  useEffect(() => {
    api.session().then(setSession, () => setSession(null));
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = text(language, "appName");
  }, [language]);

  return (
    <>
      <header className="mienskip-header">
        <div className="mienskip-header__inner">
          <span className="mienskip-brand">{text(language, "appName")}</span>
          <nav aria-label="Account">
            <ul className="mienskip-languages">
              <li>
                <SubtleButton lang={language === "nl" ? "en" : "nl"} onClick={() => setLanguage(language === "nl" ? "en" : "nl")}>
                  {text(language, "otherLanguage")}
                </SubtleButton>
              </li>
              {session && (
                <li>
                  <SubtleButton onClick={() => api.logOut().then(() => setSession(null))}>{text(language, "logOut")}</SubtleButton>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main className="mienskip-main" id="inhoud">
        {session === undefined && <Paragraph>{text(language, "loading")}</Paragraph>}
        {session === null && <LoginPage api={api} language={language} onLoggedIn={setSession} />}
        {session && (
          <>
            <Paragraph>
              {text(language, "loggedInAs")} {session.email} ({session.role})
            </Paragraph>
            <SurveysPage api={api} session={session} language={language} />
          </>
        )}
      </main>
    </>
  );
}
