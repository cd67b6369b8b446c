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
import { formatRoute } from "../lib/routes";
import { roleTextKey } from "../lib/roles";
import { LoginPage } from "../features/auth/LoginPage";
import { SurveysPage } from "../features/surveys/SurveysPage";
import { SurveyPage } from "../features/surveys/SurveyPage";
import { ForumsPage } from "../features/forums/ForumsPage";
import { ForumScreen } from "../features/forums/ForumScreen";
import { AccountsPage } from "../features/accounts/AccountsPage";
import { ChangePasswordPage } from "../features/accounts/ChangePasswordPage";
import { TwoFactorPage } from "../features/accounts/TwoFactorPage";
import { screenTitle } from "./screenTitle";
import { homePage, sections, shownRoute, type Sections } from "./navigation";

const nowhere: Sections = { surveys: false, forums: false, accounts: false };

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  // A session that ends while the app is open (expired, logged out elsewhere) brings back the login;
  // one that must first choose a new password, or set up two-factor sign-in, brings the screen for that.
  const http = useMemo(
    () =>
      createHttp(undefined, {
        onSessionEnded: () => setSession(null),
        onPasswordChangeRequired: () => setSession((current) => (current ? { ...current, must_change_password: true } : current)),
        onTwoFactorEnrolmentRequired: () => setSession((current) => (current ? { ...current, must_enrol_two_factor: true } : current)),
      }),
    [],
  );
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

  // What the account reaches by its role and tasks (navigation.ts); the surveys' address, the
  // first screen, shows the burgerforums to an account that has only those.
  const reaches = session ? sections(session) : nowhere;
  const home = session ? homePage(session) : "surveys";
  const shown = session ? shownRoute(session, route) : route;
  // Until the account has chosen its own password, the server refuses everything else: only that screen shows.
  const passwordRequired = !!session?.must_change_password;
  // Then, until two-factor sign-in is set up where it is required (administrators always), only that.
  const enrolmentRequired = !passwordRequired && !!session?.must_enrol_two_factor;
  const restricted = passwordRequired || enrolmentRequired;

  // A survey's and a forum's screens name themselves (SurveyPage, ForumPage); the others are named here.
  useEffect(() => {
    const title = screenTitle(session, route);
    if (title === null) return;
    document.title = title === "appName" ? t("appName") : `${t(title)} – ${t("appName")}`;
  }, [language, route, session]);
  const section =
    shown.page === "forums" || shown.page === "forum"
      ? "forums"
      : shown.page === "accounts"
        ? "accounts"
        : shown.page === "not_found" || shown.page === "password" || shown.page === "two-factor"
          ? ""
          : "surveys";

  // After following a link to another screen, start reading at its heading, as after a page load
  // (also when a required password or two-factor screen gives way to the one the address names).
  const screen = passwordRequired
    ? "password-required"
    : enrolmentRequired
      ? "two-factor-required"
      : shown.page === "survey"
        ? `survey/${shown.slug}`
        : shown.page === "forum"
          ? `forum/${shown.slug}`
          : shown.page;
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
          <a className="mienskip-brand utrecht-link" href={formatRoute({ page: home })}>
            {t("appName")}
          </a>
          {session && !restricted && (reaches.surveys || reaches.forums || reaches.accounts) && (
            <nav aria-label={t("mainMenu")} className="mienskip-sections">
              <ul>
                {reaches.surveys && (
                  <li>
                    <Link href="#/surveys" aria-current={section === "surveys" ? "page" : undefined}>
                      {t("surveys")}
                    </Link>
                  </li>
                )}
                {reaches.forums && (
                  <li>
                    <Link href="#/forums" aria-current={section === "forums" ? "page" : undefined}>
                      {t("forums")}
                    </Link>
                  </li>
                )}
                {reaches.accounts && (
                  <li>
                    <Link href="#/accounts" aria-current={section === "accounts" ? "page" : undefined}>
                      {t("accounts")}
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
                  {session.email} ({t(roleTextKey(session.role))})
                </li>
              )}
              {session && !restricted && (
                <li>
                  <Link href="#/password" aria-current={route.page === "password" ? "page" : undefined}>
                    {t("changePassword")}
                  </Link>
                </li>
              )}
              {/* Offered until it is on; once on, there is nothing to do here (a lost phone goes to an administrator). */}
              {session && !restricted && !session.two_factor_enabled && (
                <li>
                  <Link href="#/two-factor" aria-current={route.page === "two-factor" ? "page" : undefined}>
                    {t("twoFactor")}
                  </Link>
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
        {session && passwordRequired && <ChangePasswordPage required />}
        {session && enrolmentRequired && (
          <TwoFactorPage required onContinue={() => route.page === "two-factor" && navigate({ page: home })} />
        )}
        {session && !restricted && (
          <>
            {shown.page === "surveys" && reaches.surveys && (
              <SurveysPage onCreated={(slug) => navigate({ page: "survey", slug, tab: "overview", query: {} })} />
            )}
            {shown.page === "surveys" && !reaches.surveys && (
              <>
                <Heading1>{t("noTasks")}</Heading1>
                <Paragraph>{t("noTasksIntro")}</Paragraph>
              </>
            )}
            {shown.page === "survey" && <SurveyPage key={shown.slug} route={shown} navigate={navigate} />}
            {(shown.page === "forums" || shown.page === "forum") && !reaches.forums && (
              <>
                <Heading1>{t("forums")}</Heading1>
                <Paragraph>{t("forumsNotYours")}</Paragraph>
              </>
            )}
            {reaches.forums && shown.page === "forums" && (
              <ForumsPage onCreated={(slug) => navigate({ page: "forum", slug, tab: "quotas" })} />
            )}
            {reaches.forums && shown.page === "forum" && <ForumScreen key={shown.slug} slug={shown.slug} tab={shown.tab} />}
            {shown.page === "accounts" && !reaches.accounts && (
              <>
                <Heading1>{t("accounts")}</Heading1>
                <Paragraph>{t("accountsAdminsOnly")}</Paragraph>
              </>
            )}
            {reaches.accounts && shown.page === "accounts" && <AccountsPage />}
            {shown.page === "password" && <ChangePasswordPage />}
            {shown.page === "two-factor" && <TwoFactorPage onContinue={() => navigate({ page: home })} />}
            {shown.page === "not_found" && (
              <>
                <Heading1>{t("pageNotFound")}</Heading1>
                <Paragraph>
                  <Link href={formatRoute({ page: home })}>{t(home === "forums" ? "backToForums" : "backToSurveys")}</Link>
                </Paragraph>
              </>
            )}
          </>
        )}
      </main>
    </AppProvider>
  );
}
