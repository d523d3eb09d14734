/**
 * Seeded randomness. Every shuffle and draw in the app takes a seed, so an exam or a quiz session can be
 * reproduced exactly (and tested) — nothing here reads Math.random().
 */

/** mulberry32: a tiny, fast 32-bit generator with good statistical quality for shuffling. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from any string (FNV-1a), so seeds can be derived from ids ("seed:question-id"). */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws `count` distinct items, each with probability proportional to its weight (Efraimidis–Spirakis keys), in
 * draw order. Items with weight 0 are drawn only after all others.
 */
export function weightedSample<T>(items: readonly T[], weight: (item: T) => number, count: number, rng: () => number): T[] {
  return items
    .map((item) => {
      const w = Math.max(weight(item), 0);
      const u = rng();
      return { item, key: w > 0 ? Math.log(u || Number.MIN_VALUE) / w : -Infinity };
    })
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((k) => k.item);
}
