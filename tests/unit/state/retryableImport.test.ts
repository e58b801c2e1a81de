import { describe, expect, it, vi } from "vitest";
import { failedModuleUrl, retryableImport } from "../../../src/state/retryableImport.ts";

describe("retryableImport", () => {
  it("imports afresh after a failure instead of replaying the rejected promise", async () => {
    const importer = vi.fn<() => Promise<{ x: number }>>().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce({ x: 1 });
    const module = retryableImport(importer, () => Promise.reject(new Error("no fallback expected")));
    await expect(module.load()).rejects.toThrow("offline");
    expect(module.loaded()).toBeUndefined();
    await expect(module.load()).resolves.toEqual({ x: 1 });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it("keeps a success: later calls share the same module without importing again", async () => {
    const importer = vi.fn(() => Promise.resolve({ x: 2 }));
    const module = retryableImport(importer);
    const [a, b] = await Promise.all([module.load(), module.load()]);
    expect(a).toBe(b);
    await module.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(module.loaded()).toEqual({ x: 2 });
  });

  it("imports the file named by a repeated failure under a new name (browsers that cache failed modules)", async () => {
    const cached = new TypeError("Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/CompareView-abc.js");
    const importer = vi.fn(() => Promise.reject(cached));
    const fresh = vi.fn((url: string) => Promise.resolve({ url }));
    const module = retryableImport<unknown>(importer, fresh);
    await expect(module.load()).rejects.toBe(cached);
    expect(fresh).not.toHaveBeenCalled();
    await expect(module.load()).resolves.toEqual({ url: "http://127.0.0.1:4173/assets/CompareView-abc.js?retry=1" });
  });

  it("finds the failed file in the browsers' messages, and nothing in others", () => {
    expect(failedModuleUrl(new TypeError("error loading dynamically imported module: https://x.fr/a/b-1.js"))).toBe("https://x.fr/a/b-1.js");
    expect(failedModuleUrl(new TypeError("Importing a module script failed."))).toBeNull();
  });
});
