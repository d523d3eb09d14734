export function wrapFactories(source: string): { code: string; wrapped: number };
