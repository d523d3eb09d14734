"use client";

import { usePathname } from "next/navigation";
import Link from "@/components/ui/link";
import { NAV_LINKS } from "@/lib/site/config";

/** The main navigation; the section the page belongs to is marked for screen readers (aria-current) and by sight. */
export function NavLinks() {
  const pathname = usePathname();
  const current = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <ul className="flex flex-wrap items-center gap-x-1">
      {NAV_LINKS.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            aria-current={current(link.href) ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-zinc-800 hover:bg-zinc-100 aria-[current=page]:bg-zinc-100 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-800 aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8 sm:px-3 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:aria-[current=page]:bg-zinc-800 dark:aria-[current=page]:text-indigo-200"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
