import type { Tally } from "@/lib/exam/result";

type Row = { label: string; tally: Tally };

/**
 * Horizontal bars of percent correct per concept, drawn in SVG with currentColor so it reads in both themes. The
 * SVG is one labelled image whose description lists every figure; the same figures follow as a table for those
 * who prefer one.
 */
export function ConceptChart({ rows, title }: { rows: readonly Row[]; title: string }) {
  const rowHeight = 34;
  const labelWidth = 230;
  const barWidth = 300;
  const height = rows.length * rowHeight + 24;
  const pct = (t: Tally) => (t.total ? Math.round((t.correct / t.total) * 100) : 0);
  const description = rows.map((r) => `${r.label}: ${r.tally.correct} of ${r.tally.total} (${pct(r.tally)}%)`).join("; ");
  return (
    <figure>
      <svg viewBox={`0 0 ${labelWidth + barWidth + 110} ${height}`} role="img" aria-labelledby="chart-title chart-desc" className="w-full max-w-2xl text-zinc-900 dark:text-zinc-100">
        <title id="chart-title">{title}</title>
        <desc id="chart-desc">{description}</desc>
        {[0, 50, 70, 100].map((tick) => (
          <g key={tick}>
            <line x1={labelWidth + (tick / 100) * barWidth} x2={labelWidth + (tick / 100) * barWidth} y1={0} y2={height - 18} stroke="currentColor" strokeOpacity={tick === 70 ? 0.7 : 0.2} strokeDasharray={tick === 70 ? "4 3" : undefined} />
            <text x={labelWidth + (tick / 100) * barWidth} y={height - 4} fontSize="11" textAnchor="middle" fill="currentColor">
              {tick}%
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * rowHeight + 6;
          const p = pct(r.tally);
          return (
            <g key={r.label}>
              <text x={labelWidth - 8} y={y + 16} fontSize="12" textAnchor="end" fill="currentColor">
                {r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={barWidth} height={18} rx={3} fill="currentColor" fillOpacity={0.1} />
              <rect x={labelWidth} y={y + 3} width={(p / 100) * barWidth} height={18} rx={3} className={p >= 70 ? "fill-emerald-600 dark:fill-emerald-400" : "fill-rose-600 dark:fill-rose-400"} />
              <text x={labelWidth + barWidth + 8} y={y + 16} fontSize="12" fill="currentColor">
                {p}% ({r.tally.correct}/{r.tally.total})
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">Dashed line: 70%, roughly where the pass mark is assumed to sit. Green bars are at or above it.</figcaption>
    </figure>
  );
}
