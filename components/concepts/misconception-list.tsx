import type { Misconception } from "@/lib/content/schema";

export function misconceptionAnchor(id: string): string {
  return `misconception-${id}`;
}

export function MisconceptionList({ items }: { items: readonly Misconception[] }) {
  return (
    <ul className="mt-6 space-y-4" aria-label="Misconceptions, myth then truth">
      {items.map((m) => (
        <li key={m.id} id={misconceptionAnchor(m.id)} className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700">
          <div className="flex items-start gap-3 bg-rose-50 p-4 dark:bg-rose-950/40">
            <span className="mt-0.5 w-14 shrink-0 rounded bg-rose-700 px-2 py-0.5 text-center text-xs font-bold uppercase tracking-wide text-white">Myth</span>
            <p className="text-zinc-900 dark:text-zinc-100">{m.myth}</p>
          </div>
          <div className="flex items-start gap-3 bg-emerald-50 p-4 dark:bg-emerald-950/40">
            <span className="mt-0.5 w-14 shrink-0 rounded bg-emerald-800 px-2 py-0.5 text-center text-xs font-bold uppercase tracking-wide text-white">Truth</span>
            <p className="text-zinc-900 dark:text-zinc-100">{m.truth}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
