import { useEffect, useMemo, useRef, useState } from "react";
import { Heading1, Link, Paragraph, SubtleButton } from "@utrecht/component-library-react";
import { createHttp } from "../lib/http";
import { logOut, readSession } from "../lib/session";
import type { Language } from "../lib/language";
import type { Session } from "../lib/session";
import { createQueryClient } from "./queryClient";
import { translator } from "../lib/text";
import { commonTexts } from "../lib/texts";
import { AppProvider } from "./AppProvider";
import { useRoute } from "../lib/useRoute";
import { LoginPage } from "../features/auth/LoginPage";
import { SurveysPage } from "../features/surveys/SurveysPage";
import { SurveyPage } from "../features/surveys/SurveyPage";
import { ForumsPage } from "../features/forums/ForumsPage";
import { ForumPage } from "../features/forums/ForumPage";

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  // A session that ends while the app is open (expired, logged out elsewhere) brings back the login.
  const http = useMemo(() => createHttp(undefined, { onSessionEnded: () => setSession(null) }), []);
  const queryClient = useMemo(createQueryClient, []);
  const [language, setLanguage] = useState<Language>("nl");
  const t = translator(commonTexts, language);
  const sessionState = useMemo(() => ({ session, setSession }), [session]);
  const [route, navigate] = useRoute();

  useEffect(() => {
    readSession(http).then(setSession, () => setSession(null));
  }, [http]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const admin = session?.role === "admin";

  // A survey's and a forum's screens name themselves (SurveyPage, ForumPage); the others are named here.
  useEffect(() => {
    if (session && (route.page === "survey" || (route.page === "forum" && session.role === "admin"))) return;
    const page = !session
      ? "logIn"
      : route.page === "surveys"
        ? "surveys"
        : route.page === "forums" || route.page === "forum"
          ? "forums"
          : "pageNotFound";
    document.title = session === undefined ? t("appName") : `${t(page)} – ${t("appName")}`;
  }, [language, route.page, session]);
  const section = route.page === "forums" || route.page === "forum" ? "forums" : route.page === "not_found" ? "" : "surveys";

  // After following a link to another screen, start reading at its heading, as after a page load.
  const screen = route.page === "survey" ? `survey/${route.slug}` : route.page === "forum" ? `forum/${route.slug}` : route.page;
  const firstScreen = useRef(screen);
  useEffect(() => {
    if (screen === firstScreen.current) return;
    firstScreen.current = "";
    const heading = document.querySelector<HTMLElement>("#inhoud h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [screen]);

  return (
    <AppProvider http={http} queryClient={queryClient} session={sessionState} language={language}>
      <a className="mienskip-skip-link" href="#inhoud" onClick={(e) => {
        // The hash is the app's address; move focus without changing it.
        e.preventDefault();
        document.getElementById("inhoud")?.focus();
      }}>
        {t("skipToContent")}
      </a>
      <header className="mienskip-header">
        <div className="mienskip-header__inner">
          <a className="mienskip-brand utrecht-link" href="#/surveys">
            {t("appName")}
          </a>
          {session && (
            <nav aria-label={t("mainMenu")} className="mienskip-sections">
              <ul>
                <li>
                  <Link href="#/surveys" aria-current={section === "surveys" ? "page" : undefined}>
                    {t("surveys")}
                  </Link>
                </li>
                {admin && (
                  <li>
                    <Link href="#/forums" aria-current={section === "forums" ? "page" : undefined}>
                      {t("forums")}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <nav aria-label={t("accountMenu")}>
            <ul className="mienskip-languages">
              {session && (
                <li className="mienskip-account">
                  {session.email} ({t(session.role === "admin" ? "roleAdmin" : "roleAnalyst")})
                </li>
              )}
              <li>
                <SubtleButton lang={language === "nl" ? "en" : "nl"} onClick={() => setLanguage(language === "nl" ? "en" : "nl")}>
                  {t("otherLanguage")}
                </SubtleButton>
              </li>
              {session && (
                <li>
                  <SubtleButton onClick={() => logOut(http).then(() => setSession(null))}>{t("logOut")}</SubtleButton>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main className="mienskip-main" id="inhoud" tabIndex={-1}>
        {session === undefined && <Paragraph>{t("loading")}</Paragraph>}
        {session === null && <LoginPage />}
        {session && route.page === "surveys" && (
          <SurveysPage onCreated={(slug) => navigate({ page: "survey", slug, tab: "overview", query: {} })} />
        )}
        {session && route.page === "survey" && (
          <SurveyPage key={route.slug} route={route} navigate={navigate} />
        )}
        {session && (route.page === "forums" || route.page === "forum") && !admin && (
          <>
            <Heading1>{t("forums")}</Heading1>
            <Paragraph>{t("forumsAdminsOnly")}</Paragraph>
          </>
        )}
        {session && admin && route.page === "forums" && (
          <ForumsPage onCreated={(slug) => navigate({ page: "forum", slug, tab: "quotas" })} />
        )}
        {session && admin && route.page === "forum" && (
          <ForumPage key={route.slug} slug={route.slug} tab={route.tab} />
        )}
        {session && route.page === "not_found" && (
          <>
            <Heading1>{t("pageNotFound")}</Heading1>
            <Paragraph>
              <Link href="#/surveys">{t("backToSurveys")}</Link>
            </Paragraph>
          </>
        )}
      </main>
    </AppProvider>
  );
}
