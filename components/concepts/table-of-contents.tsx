import type { TocEntry } from "@/lib/content/schema";

export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  const list = (
    <ol className="space-y-1 text-sm">
      {entries.map((e) => (
        <li key={e.id} className={e.depth === 3 ? "pl-4" : undefined}>
          <a href={`#${e.id}`} className="inline-block py-1 text-zinc-700 hover:text-indigo-700 hover:underline dark:text-zinc-300 dark:hover:text-indigo-300">
            {e.text}
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav aria-label="On this page" className="text-sm">
      <details className="rounded-lg border border-zinc-200 p-3 lg:hidden dark:border-zinc-700">
        <summary className="cursor-pointer font-semibold">On this page</summary>
        <div className="mt-2">{list}</div>
      </details>
      <div className="hidden lg:block">
        <p className="mb-2 font-semibold">On this page</p>
        {list}
      </div>
    </nav>
  );
}
