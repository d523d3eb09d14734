export function bundle(entry: string, options?: { cacheDir?: string }): Promise<{ file: string; built: boolean }>;
