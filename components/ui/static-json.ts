/**
 * Loads one of the site's static JSON files (/data/…) once per page: callers share the request, and a failed one is
 * forgotten so "try again" really retries. `check` guards the shape, since a stale cache or a proxy can serve
 * anything.
 */
const requests = new Map<string, Promise<unknown>>();

export function loadStaticJson<T>(path: string, check: (data: unknown) => data is T): Promise<T> {
  const pending = requests.get(path);
  if (pending) return pending as Promise<T>;
  const request = fetch(path).then(async (res) => {
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    const data: unknown = await res.json();
    if (!check(data)) throw new Error(`${path}: unexpected format`);
    return data;
  });
  requests.set(path, request);
  request.catch(() => requests.delete(path));
  return request;
}
