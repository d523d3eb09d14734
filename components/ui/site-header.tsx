import Link from "@/components/ui/link";
import { SITE } from "@/lib/site/config";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-zinc-900 no-underline dark:text-zinc-50">
          {SITE.name}
        </Link>
        {/* On a phone the sections and the theme switch (its icon alone) take the second row, the name the first. */}
        <div className="flex w-full items-center justify-between gap-2 sm:w-auto">
          <nav aria-label="Main" className="min-w-0">
            <NavLinks />
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
