import { useEffect } from "react";

/**
 * Follows links to a place on the same page (`#…`: the skip link, a page's contents, a heading's own link, a
 * misconception on the page being read) instead of leaving them to the browser or to Next.js. An entry the browser
 * adds for such a link carries none of Next.js's state, so Back to it from another page changed the address but
 * left the other page on screen (vercel/next.js#75072). `history.pushState`, which Next.js patches to copy its state
 * into the new entry, adds one it can restore. The target is then scrolled to, smoothly unless the learner asks for
 * reduced motion, and focused, so Tab and a screen reader go on from there. Clicks with a modifier key, or on a link
 * meant for a new tab, are left alone.
 */
export function useInPageLinks() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link instanceof HTMLAnchorElement) followInPageLink(event, link);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
}

/**
 * Takes over a click on `link` if it leads to a place on the page already shown (and prevents its default, which
 * also keeps a Next.js link from handling it). Returns whether it did.
 */
export function followInPageLink(event: Pick<MouseEvent, "defaultPrevented" | "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey" | "preventDefault">, link: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return false;
  const url = new URL(link.href);
  if (!url.hash || url.origin !== location.origin || url.pathname !== location.pathname || url.search !== location.search) return false;
  event.preventDefault();
  if (url.hash !== location.hash) history.pushState(null, "", url.hash);
  const target = elementNamed(url.hash);
  if (!target) return true;
  // As the browser does for a `#…` link: a closed disclosure around the target opens, or there is nothing to show.
  for (let box = target.parentElement?.closest("details"); box; box = box.parentElement?.closest("details")) box.open = true;
  target.scrollIntoView({ behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "instant" : "smooth", block: "start" });
  focusPlace(target);
  return true;
}

/**
 * Moves focus to a place on the page without scrolling: an element that cannot take focus of its own (a heading, a
 * section) is made focusable by script only (tabindex -1); a control keeps its place in the tab order.
 */
export function focusPlace(target: HTMLElement) {
  if (!target.matches("a[href], button, input, select, textarea, [tabindex]")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}

/** The element a `#…` fragment names, if any (a fragment that is not valid percent-encoding names nothing). */
export function elementNamed(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}
