// Imported organisations as React state, merged after the built-in versions. Loaded from the
// browser's store once the page is up; only when the address names an imported version does the
// app wait for them (so a deep link to an import works on reload). Kept small: it is in the
// start-up bundle, the store module is fetched on demand.
import { useCallback, useEffect, useMemo, useState } from "react";
import { IMPORTED_PREFIX } from "../../domain/import/ids.ts";
import type { ImportedOrg } from "../../domain/import/types.ts";
import type { Dataset } from "../../domain/schema.ts";

export interface Imports {
  dataset: Dataset;
  orgs: readonly ImportedOrg[];
  /** True while imports are loading and the address needs one of them. */
  pending: boolean;
  add: (org: ImportedOrg) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Set when the browser's store failed: imports then last for this page only. */
  storeError: string | null;
}

const STORE_ERROR = "Stockage du navigateur indisponible : imports perdus au rechargement.";
const idle = () =>
  new Promise<void>((resolve) => (typeof requestIdleCallback === "function" ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0)));
const loadStore = () => import("../../adapters/importStore.ts").then((m) => m.importStore());

export function useImports(builtin: Dataset, location?: { search: string }): Imports {
  const search = location?.search ?? (typeof window === "undefined" ? "" : window.location.search);
  const wanted = search.includes(IMPORTED_PREFIX);
  const [orgs, setOrgs] = useState<readonly ImportedOrg[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [storeError, setStoreError] = useState<string | null>(null);

  useEffect(() => {
    if (typeof window === "undefined") return;
    let live = true;
    loadStore()
      .then((store) => store.list())
      .then((list) => live && setOrgs((current) => [...list, ...current.filter((o) => !list.some((l) => l.id === o.id))]))
      .catch(() => live && setStoreError(STORE_ERROR))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  const add = useCallback(async (org: ImportedOrg) => {
    setOrgs((list) => [...list.filter((o) => o.id !== org.id), org]);
    // Storing copies the whole version (a structured clone on the main thread: ~0.1 s for
    // 10,000 units): done once the page is idle, so the imported chart is drawn first.
    await idle();
    try {
      await (await loadStore()).put(org);
    } catch {
      setStoreError(STORE_ERROR);
    }
  }, []);

  const remove = useCallback(async (id: string) => {
    setOrgs((list) => list.filter((o) => o.id !== id));
    try {
      await (await loadStore()).remove(id);
    } catch {
      setStoreError(STORE_ERROR);
    }
  }, []);

  const dataset = useMemo(
    () => (orgs.length === 0 ? builtin : { ...builtin, versions: [...builtin.versions, ...orgs.map((o) => o.version)] }),
    [builtin, orgs],
  );
  return { dataset, orgs, pending: wanted && !loaded, add, remove, storeError };
}
