import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { Dataset } from "../domain/schema.ts";
import { retryableImport } from "../state/retryableImport.ts";
import type { SearchEngine } from "../state/searchEngine.ts";

// Module level: every caller shares one download; a failed one is retried afresh.
export const searchEngineModule = retryableImport(() => import("../state/searchEngine.ts"));

export interface SearchEngineHandle {
  engine: SearchEngine | null;
  /** Resolves to the engine; rejects when its code could not be loaded (then `failed` is true). */
  load: () => Promise<SearchEngine>;
  /** The last load failed: show an alert with « Réessayer » (retry). */
  failed: boolean;
  retry: () => void;
}

// In bench mode (window.__bench), how long building the index took, for the bench to read.
const reportBuild = (timing: { workMs: number; slices: number; longestMs: number }) => {
  if (window.__bench) window.__bench.searchBuild = timing;
};

/**
 * Loads the search engine chunk and builds its index the first time it is wanted (search box
 * focused, a query in the URL, a mission traced), then keeps it. `engine` is null until ready.
 * A failed load is not kept: retry() (or the next load()) imports the chunk again.
 */
export function useSearchEngine(dataset: Dataset, indexes: ReadonlyMap<string, VersionIndex>, wanted: boolean): SearchEngineHandle {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef<Promise<SearchEngine> | null>(null);
  const load = useCallback(() => {
    loading.current ??= searchEngineModule.load().then(
      // The index is built across frames: typing stays fluid meanwhile, even at 100,000 units.
      (m) =>
        m.createSearchEngineInSlices(dataset, indexes, reportBuild).then((created) => {
          setEngine(created);
          setFailed(false);
          return created;
        }),
      (error: unknown) => {
        loading.current = null;
        setFailed(true);
        throw error;
      },
    );
    return loading.current;
  }, [dataset, indexes]);
  const retry = useCallback(() => {
    setFailed(false);
    load().catch(() => undefined);
  }, [load]);
  useEffect(() => {
    // The failure is shown by `failed`; swallowing it here avoids an unhandled rejection.
    if (wanted && !failed) load().catch(() => undefined);
  }, [wanted, failed, load]);
  return { engine, load, failed, retry };
}

export const SearchEngineContext = createContext<SearchEngineHandle | null>(null);

export function useSearchEngineContext() {
  return useContext(SearchEngineContext);
}
