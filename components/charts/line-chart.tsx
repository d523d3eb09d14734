import { useId } from "react";
import { useWidth } from "./use-width";

/** `label`: the point in words, "date: value"; the part before the colon labels the time axis. */
export type Point = { x: number; y: number; label: string };

/** A small SVG line chart over time with an optional reference line (the exam's 700 pass mark), drawn at its real width. */
export function LineChart({ points, title, yMin, yMax, reference, referenceLabel }: { points: readonly Point[]; title: string; yMin: number; yMax: number; reference?: number; referenceLabel?: string }) {
  const id = useId();
  const [frame, w] = useWidth<HTMLDivElement>(560);
  const h = 220;
  const pad = { l: 44, r: 12, t: 12, b: 28 };
  const xs = points.map((p) => p.x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const sx = (x: number) => pad.l + (x1 === x0 ? (w - pad.l - pad.r) / 2 : ((x - x0) / (x1 - x0)) * (w - pad.l - pad.r));
  const sy = (y: number) => pad.t + (1 - (y - yMin) / (yMax - yMin)) * (h - pad.t - pad.b);
  const ticks = [yMin, (yMin + yMax) / 2, yMax];
  const first = points[0]?.label.split(":")[0];
  const last = points.at(-1)?.label.split(":")[0];
  return (
    <div ref={frame} className="w-full max-w-2xl">
      <svg viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-labelledby={`${id}-t ${id}-d`} className="block h-auto max-w-full text-zinc-900 dark:text-zinc-100">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{points.map((p) => p.label).join("; ")}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.l} x2={w - pad.r} y1={sy(t)} y2={sy(t)} stroke="currentColor" strokeOpacity={0.15} />
            <text x={pad.l - 6} y={sy(t) + 4} fontSize="11" textAnchor="end" fill="currentColor">
              {t}
            </text>
          </g>
        ))}
        {reference !== undefined ? (
          <g>
            <line x1={pad.l} x2={w - pad.r} y1={sy(reference)} y2={sy(reference)} stroke="currentColor" strokeDasharray="5 4" strokeOpacity={0.8} />
            <text x={w - pad.r} y={sy(reference) - 4} fontSize="11" textAnchor="end" fill="currentColor">
              {referenceLabel}
            </text>
          </g>
        ) : null}
        <polyline points={points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(" ")} fill="none" className="stroke-indigo-600 dark:stroke-indigo-300" strokeWidth={2.5} />
        {points.map((p, i) => (
          <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={4} className="fill-indigo-600 dark:fill-indigo-300" />
        ))}
        {first === undefined || last === undefined ? null : first === last ? (
          // One date only (one exam, or all on one day): one label, under the points.
          <text x={(sx(x0) + sx(x1)) / 2} y={h - 8} fontSize="11" textAnchor="middle" fill="currentColor">
            {first}
          </text>
        ) : (
          <>
            <text x={pad.l} y={h - 8} fontSize="11" fill="currentColor">
              {first}
            </text>
            <text x={w - pad.r} y={h - 8} fontSize="11" textAnchor="end" fill="currentColor">
              {last}
            </text>
          </>
        )}
      </svg>
    </div>
  );
}

/** Vertical bars, one per day. */
export function DayBars({ days, title }: { days: readonly { day: string; count: number }[]; title: string }) {
  const id = useId();
  const [frame, w] = useWidth<HTMLDivElement>(560);
  const h = 160;
  const max = Math.max(1, ...days.map((d) => d.count));
  const bw = (w - 20) / Math.max(1, days.length);
  return (
    <div ref={frame} className="w-full max-w-2xl">
      <svg viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-labelledby={`${id}-t ${id}-d`} className="block h-auto max-w-full text-zinc-900 dark:text-zinc-100">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{days.map((d) => `${d.day}: ${d.count}`).join("; ")}</desc>
        <line x1={10} x2={w - 10} y1={h - 24} y2={h - 24} stroke="currentColor" strokeOpacity={0.3} />
        {days.map((d, i) => {
          const bh = (d.count / max) * (h - 40);
          return <rect key={d.day} x={10 + i * bw + 1} y={h - 24 - bh} width={Math.max(1, bw - 2)} height={bh} rx={2} className="fill-indigo-600 dark:fill-indigo-300" />;
        })}
        <text x={10} y={h - 8} fontSize="11" fill="currentColor">
          {days[0]?.day}
        </text>
        <text x={w - 10} y={h - 8} fontSize="11" textAnchor="end" fill="currentColor">
          {days.at(-1)?.day}
        </text>
        <text x={w - 10} y={14} fontSize="11" textAnchor="end" fill="currentColor">
          max {max}/day
        </text>
      </svg>
    </div>
  );
}
