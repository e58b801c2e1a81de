import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { Dataset } from "../domain/schema.ts";
import { retryableImport } from "../state/retryableImport.ts";
import type { SearchEngine } from "../state/searchEngine.ts";
import type { SearchNotice } from "../state/searchResults.ts";

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

/** How long typing must pause before the notice's close words are looked for. */
export const CLOSEST_AFTER_MS = 250;

/**
 * The notice's « mots proches »: as given, or, when the notice leaves them for later, found once
 * typing pauses ({@link CLOSEST_AFTER_MS}), after the results are painted. Looking for them on a
 * one- or two-letter word costs more than the search itself (tens of ms at 10,000 units): done
 * on each keystroke, it made typing miss frames. A newer query cancels a pending look-up.
 */
export function useClosestWords(notice: SearchNotice | undefined, query: string): string[] {
  const engine = useSearchEngineContext()?.engine ?? null;
  const later = notice?.closestLater === true;
  const [found, setFound] = useState<{ query: string; words: string[] } | null>(null);
  useEffect(() => {
    if (!later || !engine) return;
    const timer = setTimeout(() => setFound({ query, words: engine.closest(query) }), CLOSEST_AFTER_MS);
    return () => clearTimeout(timer);
  }, [later, engine, query]);
  if (!later) return notice?.closest ?? [];
  return found?.query === query ? found.words : [];
}
