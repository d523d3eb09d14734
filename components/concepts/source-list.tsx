import type { Source } from "@/lib/content/schema";

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol aria-label="Official sources" className="mt-4 list-decimal space-y-2 pl-6">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener noreferrer" className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
            {s.title}
          </a>
          <span className="block break-all text-xs text-zinc-600 dark:text-zinc-400">{s.url}</span>
        </li>
      ))}
    </ol>
  );
}
