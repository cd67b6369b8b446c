import { useEffect, useState } from "react";
import { formatRoute, parseRoute, type Route } from "./routes";

/** The screen the address bar names; follows back/forward and links. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return [route, (next) => (window.location.hash = formatRoute(next))];
}
