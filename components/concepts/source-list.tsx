import type { Source } from "@/lib/content/schema";
import { INLINE_LINK } from "@/components/ui/link-styles";

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol aria-label="Official sources" className="mt-4 list-decimal space-y-2 pl-6">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} rel="noopener noreferrer" className={INLINE_LINK}>
            {s.title}
          </a>
          <span className="block break-all text-xs text-zinc-600 dark:text-zinc-400">{s.url}</span>
        </li>
      ))}
    </ol>
  );
}
