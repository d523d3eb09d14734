import { useId } from "react";

export type PercentRow = { label: string; percent: number; detail: string };

/**
 * Horizontal percent bars in SVG, drawn with currentColor so they read in both themes. The SVG is one labelled
 * image whose description lists every figure for screen readers.
 */
export function PercentBars({ rows, title, mark = 70, caption }: { rows: readonly PercentRow[]; title: string; mark?: number; caption?: string }) {
  const id = useId();
  const rowHeight = 34;
  const labelWidth = 230;
  const barWidth = 300;
  const height = rows.length * rowHeight + 24;
  const description = rows.map((r) => `${r.label}: ${r.percent}% (${r.detail})`).join("; ");
  return (
    <figure>
      <svg viewBox={`0 0 ${labelWidth + barWidth + 110} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="w-full max-w-2xl text-zinc-900 dark:text-zinc-100">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {[0, 50, mark, 100].map((tick) => (
          <g key={tick}>
            <line x1={labelWidth + (tick / 100) * barWidth} x2={labelWidth + (tick / 100) * barWidth} y1={0} y2={height - 18} stroke="currentColor" strokeOpacity={tick === mark ? 0.7 : 0.2} strokeDasharray={tick === mark ? "4 3" : undefined} />
            <text x={labelWidth + (tick / 100) * barWidth} y={height - 4} fontSize="11" textAnchor="middle" fill="currentColor">
              {tick}%
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * rowHeight + 6;
          return (
            <g key={r.label}>
              <text x={labelWidth - 8} y={y + 16} fontSize="12" textAnchor="end" fill="currentColor">
                {r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={barWidth} height={18} rx={3} fill="currentColor" fillOpacity={0.1} />
              <rect x={labelWidth} y={y + 3} width={(Math.min(100, Math.max(0, r.percent)) / 100) * barWidth} height={18} rx={3} className={r.percent >= mark ? "fill-emerald-600 dark:fill-emerald-400" : "fill-rose-600 dark:fill-rose-400"} />
              <text x={labelWidth + barWidth + 8} y={y + 16} fontSize="12" fill="currentColor">
                {r.percent}% ({r.detail})
              </text>
            </g>
          );
        })}
      </svg>
      {caption ? <figcaption className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">{caption}</figcaption> : null}
    </figure>
  );
}
