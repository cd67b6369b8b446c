// What every screen needs and the app provides once (app/AppProvider.tsx): the HTTP client, the
// session and the language. Screens read them with these hooks instead of passing them down.
import { createContext, useContext } from "react";
import type { Http } from "./http";
import type { Language } from "./language";
import type { Session } from "./session";

export const ApiContext = createContext<Http | null>(null);
export const LanguageContext = createContext<Language>("nl");

export interface SessionState {
  /** undefined while asking the server, null when nobody is logged in. */
  session: Session | null | undefined;
  /** After a login (the new session) or a logout (null). */
  setSession: (session: Session | null) => void;
}

export const SessionContext = createContext<SessionState>({ session: undefined, setSession: () => undefined });

/** The HTTP client; each feature's api/ module makes its endpoints of it. */
export function useApi(): Http {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi outside the app's provider");
  return api;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The session as a whole: for the app shell and the login. */
export function useSessionState(): SessionState {
  return useContext(SessionContext);
}

/** The logged-in staff member: for the screens that are only shown after a login. */
export function useSession(): Session {
  const { session } = useContext(SessionContext);
  if (!session) throw new Error("useSession on a screen shown without a session");
  return session;
}
