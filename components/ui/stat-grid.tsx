/** Labelled figures in a row of cards (a description list, so each value is read with its label). */
export function StatGrid({ items, className = "sm:grid-cols-3" }: { items: readonly (readonly [string, string])[]; className?: string }) {
  return (
    <dl className={`grid gap-3 ${className}`}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg bg-zinc-100 p-3 dark:bg-zinc-900">
          <dt className="text-sm text-zinc-700 dark:text-zinc-300">{label}</dt>
          <dd className="text-xl font-bold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
