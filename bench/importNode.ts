// Import bench in Node: a synthetic Référentiel export of 100,000 services and a 10,000-row CSV
// through the app's own parsers (parseText: JSON.parse or the CSV reader, then the records),
// structure checks (checkOrg), root search (findRoots) and the version from the root down with
// its index (buildImportedOrg + indexVersion). Medians of 3 runs with min and max. The heap
// figure is the largest heapUsed seen between steps (process.memoryUsage): indicative only.
// Runs alone too: `npx tsx bench/importNode.ts` prints the figures.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { buildImportedOrg, checkOrg, findRoots } from "../src/domain/import/build.ts";
import { parseText } from "../src/domain/import/parseFile.ts";
import { indexVersion } from "../src/domain/hierarchy.ts";
import { generateCsv, generateReferentiel } from "./generateImport.ts";
import { spread, type Spread } from "./stats.ts";

export interface ImportBenchRow {
  file: string;
  bytes: number;
  units: number;
  subtreeUnits: number;
  parseAndCheckMs: Spread | null;
  rootSearchMs: Spread | null;
  buildAndIndexMs: Spread | null;
  peakHeapMB: number;
}

function row(file: string, text: string, rootQuery: string): ImportBenchRow {
  const parse: number[] = [];
  const search: number[] = [];
  const build: number[] = [];
  let peak = 0;
  let units = 0;
  let subtreeUnits = 0;
  const heap = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  for (let run = 0; run < 3; run++) {
    let t = performance.now();
    const checked = checkOrg(parseText(text, file).org);
    parse.push(performance.now() - t);
    heap();
    t = performance.now();
    const root = findRoots(checked, rootQuery)[0];
    search.push(performance.now() - t);
    if (!root) throw new Error(`no root for ${rootQuery}`);
    t = performance.now();
    const org = buildImportedOrg(checked, root.key, { id: "import-bench", importedAt: "2025-01-01T00:00:00Z" });
    if (!org) throw new Error("no org");
    indexVersion(org.version);
    build.push(performance.now() - t);
    heap();
    units = checked.byKey.size;
    subtreeUnits = org.version.units.length;
  }
  return {
    file,
    bytes: Buffer.byteLength(text),
    units,
    subtreeUnits,
    parseAndCheckMs: spread(parse),
    rootSearchMs: spread(search),
    buildAndIndexMs: spread(build),
    peakHeapMB: peak / 1024 ** 2,
  };
}

export function benchImportNode(): ImportBenchRow[] {
  return [row("referentiel-100000.json", JSON.stringify(generateReferentiel(100_000)), "BIG"), row("tableur-10000.csv", generateCsv(10_000), "U0")];
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  for (const r of benchImportNode()) {
    const f = (s: Spread | null) => (s ? `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : "—");
    console.log(
      `${r.file}: ${(r.bytes / 1e6).toFixed(1)} MB, ${r.units} units, subtree ${r.subtreeUnits}; parse+check ${f(r.parseAndCheckMs)}; root search ${f(r.rootSearchMs)}; build+index ${f(r.buildAndIndexMs)}; peak heap ${r.peakHeapMB.toFixed(0)} MB`,
    );
  }
}
