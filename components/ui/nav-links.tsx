"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import Link from "@/components/ui/link";
import { NAV_LINKS } from "@/lib/site/config";
import { useInPageLinks } from "./in-page-links";
import { useFocusOnRouteChange } from "./route-focus";

/**
 * The main navigation; the section the page belongs to is marked for screen readers and by sight: aria-current
 * "page" on the section's own page, "true" on a page inside it. The segments come from the route tree, not the
 * address bar, so the exported HTML and the browser agree (the 404 page, reached at any address, marks nothing).
 * The mark is a background, a colour and a thick underline, not bold: bold text is wider, and on a phone, where the
 * links are spread across the row, it moved the other sections whenever the page changed.
 */
export function NavLinks() {
  const segments = useSelectedLayoutSegments();
  // The header stays mounted from page to page, so it is where a move to another page is noticed.
  useFocusOnRouteChange(segments.join("/"));
  useInPageLinks();
  const current = (href: string) => (segments[0] !== href.slice(1) ? undefined : segments.length === 1 ? "page" : "true");
  return (
    <ul className="flex flex-wrap items-center justify-between sm:justify-start sm:gap-x-1">
      {NAV_LINKS.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            aria-current={current(link.href)}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-1 text-sm max-[359px]:px-0 max-[359px]:text-[13px] font-medium text-zinc-800 hover:bg-zinc-100 aria-[current]:bg-zinc-100 aria-[current]:text-indigo-800 aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8 sm:px-3 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:aria-[current]:bg-zinc-800 dark:aria-[current]:text-indigo-200"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
