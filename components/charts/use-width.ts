import { useLayoutEffect, useRef, useState } from "react";

/**
 * The rendered width of an element in CSS pixels, kept current by a ResizeObserver; `fallback` until it is measured.
 * Charts draw their SVG at this width, so text keeps its real size instead of shrinking with the screen.
 */
export function useWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  // Before paint, so the chart is never shown scaled from the fallback width first.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
