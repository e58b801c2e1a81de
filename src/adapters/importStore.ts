// Imported organisations kept in the browser (IndexedDB), so they survive a reload. Nothing
// leaves the page. Where IndexedDB is missing (jsdom tests, private modes that refuse it) an
// in-memory store stands in: imports then last until the page closes.
import type { ImportedOrg } from "../domain/import/types.ts";

export interface ImportStore {
  list(): Promise<ImportedOrg[]>;
  put(org: ImportedOrg): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = "organigramme-dgos";
const STORE = "imports";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB"));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "id" });
  };
  return request(req);
}

function indexedDbStore(factory: IDBFactory): ImportStore {
  let db: Promise<IDBDatabase> | null = null;
  const store = async (mode: IDBTransactionMode) => {
    db ??= openDb(factory);
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    async list() {
      const all = (await request((await store("readonly")).getAll())) as ImportedOrg[];
      return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    async put(org) {
      await request((await store("readwrite")).put(org));
    },
    async remove(id) {
      await request((await store("readwrite")).delete(id));
    },
  };
}

export function memoryStore(): ImportStore {
  const items = new Map<string, ImportedOrg>();
  return {
    list: () => Promise.resolve([...items.values()]),
    put: (org) => {
      items.set(org.id, org);
      return Promise.resolve();
    },
    remove: (id) => {
      items.delete(id);
      return Promise.resolve();
    },
  };
}

let shared: ImportStore | null = null;

/** The page's store: IndexedDB when the browser has it, else memory. */
export function importStore(): ImportStore {
  shared ??= typeof indexedDB === "undefined" ? memoryStore() : indexedDbStore(indexedDB);
  return shared;
}
