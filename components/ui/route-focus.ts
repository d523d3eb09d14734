import { useEffect, useRef } from "react";

/**
 * After a move to another page inside the app (a link, Back or Forward), focus goes to the new page's main heading,
 * so a screen reader reads where the learner landed and Tab continues from the top of the page, not from a header
 * link or from the body. Not on the first load, and not when the new page has already placed focus inside itself.
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
    const heading = main.querySelector("h1");
    if (heading && !heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    (heading ?? main).focus({ preventScroll: true });
  }, [route]);
}
