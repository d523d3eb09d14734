import Link from "@/components/ui/link";
import { SITE } from "@/lib/site/config";
import { NavLinks } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
      {/* Below `md` the name and the theme switch share the first row and the sections take the whole second row,
          on one line (spread across a phone's width; below 360 px the header's side margins and the links' padding shrink
          and their text is 13 px, so the five still fit with space between them); from `md` up all three stand in one row. The DOM order stays
          name, sections, switch, so the keyboard reaches the sections first on every screen. */}
      <div className="mx-auto grid max-w-5xl grid-cols-[1fr_auto] items-center gap-x-3 px-4 py-2 max-[359px]:px-3 md:flex md:justify-between md:py-3">
        <Link href="/" className="col-start-1 row-start-1 text-lg font-bold tracking-tight text-zinc-900 no-underline dark:text-zinc-50">
          {SITE.name}
        </Link>
        <nav aria-label="Main" className="col-span-2 row-start-2 min-w-0 md:ml-auto">
          <NavLinks />
        </nav>
        <div className="col-start-2 row-start-1">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
