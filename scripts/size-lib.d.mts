export type PageWeight = { js: number; html: number; scripts: number };
export type Budgets = {
  floor: { js: number; html: number; measuredWith?: string };
  jsOverFloor: { content: number; interactive: number };
  html: { content: number; interactive: number };
  interactive: string[];
};
export function pageWeight(outDir: string, htmlRel: string): PageWeight;
export function htmlPages(outDir: string): string[];
export function kB(bytes: number): string;
export function checkPage(rel: string, weight: { js: number; html: number }, budgets: Budgets): { kind: "content" | "interactive"; jsBudget: number; htmlBudget: number; ok: boolean };
export function frameworkVersions(root?: string): string;
