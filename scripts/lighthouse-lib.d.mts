export type Category = "performance" | "accessibility" | "best-practices" | "seo";
export const CATEGORIES: Category[];
export const THRESHOLDS: Record<Category, number>;
export function median(values: number[]): number;
export function summarize(runs: Record<Category, number | null>[], thresholds?: Record<Category, number>): { scores: Record<Category, number>; failures: Category[] };
export function failingAudits(
  lhr: { categories: Record<string, { auditRefs: { id: string; weight: number }[] }>; audits: Record<string, { id: string; score: number | null; displayValue?: string }> },
  category: string,
): string[];
export const FLOOR_ALLOWANCE: number;
export function performanceGate(floorScore: number, target?: number, allowance?: number): number;
type Scored = { categories: { performance: { score: number | null } } };
export function measureAlongside<T extends Scored>(runs: number, auditFloor: () => Promise<Scored>, auditPage: () => Promise<T>): Promise<{ results: T[]; floorRuns: number[]; floor: number }>;
