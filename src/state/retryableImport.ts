// On-demand code that may fail to arrive (offline, blocked file, new deploy): a failed dynamic
// import must not be kept, or « Réessayer » would replay the same rejection. A success is kept.
//
// Browsers may also keep a failed module in their own module map (the HTML spec did until 2024,
// whatwg/html#10327): when the same specifier fails again, the file named in the error is
// imported once more with a `?retry=N` suffix, which is a new module-map entry.

export type Importer<T> = () => Promise<T>;

export interface RetryableImport<T> {
  /** The module: the one already loaded, or a fresh import after any earlier failure. */
  load: () => Promise<T>;
  /** The module when it has loaded, else undefined (synchronous, for first renders). */
  loaded: () => T | undefined;
}

const FAILED_URL = /(https?:\/\/\S+?\.js)\b/;

/** The URL of the file a failed import names in its message (Chromium, Firefox, Safari all do). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return FAILED_URL.exec(message)?.[1] ?? null;
}

export function retryableImport<T>(importer: Importer<T>, fresh: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): RetryableImport<T> {
  let pending: Promise<T> | null = null;
  let value: T | undefined;
  let failures = 0;
  const attempt = async (): Promise<T> => {
    try {
      return await importer();
    } catch (error) {
      const url = failures > 0 ? failedModuleUrl(error) : null;
      if (url === null) throw error;
      // Same bundle file under a new name: only reached after a failure, so never a second instance.
      return (await fresh(`${url}${url.includes("?") ? "&" : "?"}retry=${failures}`)) as T;
    }
  };
  return {
    load() {
      pending ??= attempt().then(
        (module) => {
          value = module;
          return module;
        },
        (error: unknown) => {
          failures += 1;
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => value,
  };
}
