import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { Dataset } from "../domain/schema.ts";
import type { SearchEngine } from "../state/searchEngine.ts";

/**
 * Loads the search engine chunk and builds its index the first time it is wanted (search box
 * focused, a query in the URL, a mission traced), then keeps it. Returns null until ready.
 */
export function useSearchEngine(dataset: Dataset, indexes: ReadonlyMap<string, VersionIndex>, wanted: boolean) {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const loading = useRef<Promise<SearchEngine> | null>(null);
  const load = useCallback(() => {
    loading.current ??= import("../state/searchEngine.ts").then((m) => {
      const created = m.createSearchEngine(dataset, indexes);
      setEngine(created);
      return created;
    });
    return loading.current;
  }, [dataset, indexes]);
  useEffect(() => {
    if (wanted) void load();
  }, [wanted, load]);
  return { engine, load };
}

export const SearchEngineContext = createContext<{ engine: SearchEngine | null; load: () => Promise<SearchEngine> } | null>(null);

export function useSearchEngineContext() {
  return useContext(SearchEngineContext);
}
