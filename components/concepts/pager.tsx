import Link from "@/components/ui/link";

type Target = { slug: string; title: string } | undefined;

export function Pager({ previous, next }: { previous: Target; next: Target }) {
  return (
    <nav aria-label="Previous and next concept" className="mt-12 grid gap-3 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
      {previous ? (
        <Link href={`/concepts/${previous.slug}`} rel="prev" className="rounded-lg border border-zinc-200 p-4 hover:border-indigo-500 dark:border-zinc-700">
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">Previous</span>
          <span className="font-semibold text-indigo-700 dark:text-indigo-300">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/concepts/${next.slug}`} rel="next" className="rounded-lg border border-zinc-200 p-4 text-right hover:border-indigo-500 dark:border-zinc-700">
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">Next</span>
          <span className="font-semibold text-indigo-700 dark:text-indigo-300">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
