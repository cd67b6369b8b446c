import type { ReactNode } from "react";
import type { Api } from "../lib/api";
import { ApiContext, LanguageContext, SessionContext, type SessionState } from "../lib/appContext";
import type { Language } from "../lib/language";

/** Provides, once for the whole app, what every screen reads with useApi, useSession and useLanguage. */
export function AppProvider({
  api,
  session,
  language,
  children,
}: {
  api: Api;
  session: SessionState;
  language: Language;
  children: ReactNode;
}) {
  return (
    <ApiContext.Provider value={api}>
      <SessionContext.Provider value={session}>
        <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
      </SessionContext.Provider>
    </ApiContext.Provider>
  );
}
