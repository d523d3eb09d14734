import { useEffect, useRef } from "react";
import { elementNamed, focusPlace } from "./in-page-links";

/**
 * After a move to another page inside the app (a link, Back or Forward), focus goes to where the learner landed:
 * the section the address names (`#…`), or else the new page's main heading. A screen reader then reads it, and Tab
 * continues from there, not from a header link or from the body. Not on the first load, and not when the new page
 * has already placed focus inside itself.
 * `route` is anything that changes with the page and only with it (the query and the hash do not count).
 */
export function useFocusOnRouteChange(route: string) {
  const shown = useRef(route);
  useEffect(() => {
    if (shown.current === route) return;
    shown.current = route;
    const main = document.getElementById("main");
    if (!main) return;
    const active = document.activeElement;
    if (active && active !== main && main.contains(active)) return;
    const named = elementNamed(location.hash);
    const section = named && main.contains(named) ? named : null;
    const target = section ?? main.querySelector("h1");
    if (!target) return;
    focusPlace(target);
    // A named section is brought into view: Next.js does not always scroll to it by then, and on Back or Forward the
    // browser's own scroll restoration, which comes after this (it restores the top: Next.js scrolls the old page up
    // before it records the new entry), would move it away again. So the next frame. The heading is left where
    // Next.js's own scroll puts it.
    if (section) {
      const frame = requestAnimationFrame(() => section.scrollIntoView({ block: "start" }));
      return () => cancelAnimationFrame(frame);
    }
  }, [route]);
}
