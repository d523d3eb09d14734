export function deferScripts(html: string): { html: string; changed: number };
