import { useEffect, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { ApiContext, LanguageContext, SessionContext, type SessionState } from "../lib/appContext";
import type { Http } from "../lib/http";
import type { Language } from "../lib/language";

/**
 * Provides, once for the whole app, what every screen reads with useApi, useSession and
 * useLanguage, and the cache of server state the features' hooks share.
 */
export function AppProvider({
  http,
  queryClient,
  session,
  language,
  children,
}: {
  http: Http;
  queryClient: QueryClient;
  session: SessionState;
  language: Language;
  children: ReactNode;
}) {
  // What one staff member saw is not shown to the next one who logs in on this screen.
  useEffect(() => {
    if (session.session === null) queryClient.clear();
  }, [queryClient, session.session]);
  return (
    <QueryClientProvider client={queryClient}>
      <ApiContext.Provider value={http}>
        <SessionContext.Provider value={session}>
          <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
        </SessionContext.Provider>
      </ApiContext.Provider>
    </QueryClientProvider>
  );
}
