export type PercentRow = { label: string; percent: number; detail: string };

/**
 * Horizontal percent bars built from HTML, so labels wrap and stay at text size on a phone (an SVG scaled to fit a
 * 360-pixel screen shrank them to about 6 px). Each row reads as text for screen readers ("Distillation: 75% (3/4)");
 * the bars and the dashed mark are decoration. On a phone the label and figure share a line above the bar; from
 * the sm breakpoint the label, bar and figure sit in three columns.
 */
export function PercentBars({ rows, title, mark = 70, caption }: { rows: readonly PercentRow[]; title: string; mark?: number; caption?: string }) {
  return (
    <figure aria-label={title} className="max-w-3xl">
      {/* role="list": Safari drops list semantics from a list styled without bullets. */}
      <ul role="list" className="space-y-3 sm:space-y-2">
        {rows.map((r) => {
          const percent = Math.min(100, Math.max(0, r.percent));
          return (
            <li key={r.label} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 text-sm sm:grid-cols-[minmax(0,15rem)_minmax(0,1fr)_auto]">
              <span>
                {r.label}
                <span className="sr-only">: </span>
              </span>
              <span className="tabular-nums sm:order-3">
                {r.percent}% ({r.detail})
              </span>
              <span aria-hidden="true" className="relative col-span-2 block h-4 rounded bg-zinc-900/10 sm:order-2 sm:col-span-1 dark:bg-zinc-100/15">
                <span className={`block h-full rounded ${r.percent >= mark ? "bg-emerald-600 dark:bg-emerald-400" : "bg-rose-600 dark:bg-rose-400"}`} style={{ width: `${percent}%` }} />
                <span className="absolute -inset-y-1 border-l-2 border-dashed border-zinc-700 dark:border-zinc-300" style={{ left: `${mark}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      {caption ? <figcaption className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{caption}</figcaption> : null}
    </figure>
  );
}
