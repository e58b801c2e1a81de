import { describe, expect, it } from "vitest";
import { importStore, memoryStore } from "../../../src/adapters/importStore.ts";
import type { ImportedOrg } from "../../../src/domain/import/types.ts";

const org = (id: string) => ({ id, importedAt: "2025-01-01T00:00:00Z" }) as ImportedOrg;

describe("import store", () => {
  it("falls back to memory where IndexedDB is missing (jsdom), and keeps, lists and removes imports", async () => {
    expect(typeof indexedDB).toBe("undefined");
    const store = importStore();
    await store.put(org("import-a"));
    await store.put(org("import-b"));
    await store.remove("import-a");
    expect((await store.list()).map((o) => o.id)).toEqual(["import-b"]);
    expect(await memoryStore().list()).toEqual([]);
  });
});
