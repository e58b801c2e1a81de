import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { writeBenchDataset } from "../../../bench/benchData.ts";
import { loadUnits } from "../../../bench/competitors/common.ts";
import { BENCH_SEED, generateDataset } from "../../../bench/generateOrg.ts";

// The libraries' bench pages read the same file as the app: one file below 5,000 units, the
// chart's structure alone from there (src/domain/datasetParts.ts).
describe("the competitor pages' data", () => {
  const dir = mkdtempSync(join(os.tmpdir(), "competitor-data-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, "", "/");
  });

  for (const size of [100, 5000]) {
    it(`loadUnits gives the libraries every unit's id, parent, name and code at ${size} units`, async () => {
      const dataset = generateDataset({ units: size, seed: BENCH_SEED });
      writeBenchDataset(dir, size, dataset);
      window.history.replaceState(null, "", `/competitors/page.html?units=${size}`);
      vi.stubGlobal("fetch", async (url: string) => {
        const name = String(url).split("/").pop() ?? "";
        return new Response(readFileSync(join(dir, "bench-data", name)), { status: 200 });
      });
      const units = await loadUnits();
      const pick = (u: { id: string; parent?: string | null; name: string; code?: string }) => [u.id, u.parent ?? null, u.name, u.code ?? ""];
      expect(units.map(pick)).toEqual(dataset.versions[0]?.units.map(pick));
    });
  }
});
