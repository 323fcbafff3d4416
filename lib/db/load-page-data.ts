/** What page-data.ts exports; a type only, so importing this module loads none of it. */
export type PageData = typeof import('./page-data');

let loading: Promise<PageData> | undefined;

/** The page's data layer (page-data.ts), loaded once, on first use. */
export function loadPageData(): Promise<PageData> {
  return (loading ??= import('./page-data'));
}

type AsyncMethods<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

/**
 * An object whose every method awaits `load()` and then calls the loaded object's method of the same
 * name: callers keep calling `service.saveAnswer(...)` as before, and the first call loads the code.
 * Only for objects whose methods all return promises (the type says so).
 */
export function deferMethods<T extends object>(load: () => Promise<T>): AsyncMethods<T> {
  return new Proxy({} as AsyncMethods<T>, {
    get:
      (_, name) =>
      (...args: unknown[]) =>
        load().then((target) => (target[name as keyof T] as (...a: unknown[]) => unknown)(...args)),
  });
}
