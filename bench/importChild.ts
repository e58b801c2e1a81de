// One import, alone in a fresh Node process started by bench/importNode.ts with --expose-gc:
// the file's bytes are read from disk (not timed), then the steps the app runs are timed one by
// one. Peak heap: gc() first, then V8's --trace-gc switched on for the run only; the heap only
// grows between collections, so the largest « used before GC » figure of the trace, together
// with heapUsed sampled after each step, is the run's peak of JS heap used (MiB, with the
// ~process baseline included; the baseline after gc() is reported beside it).
// Prints one JSON line prefixed with « @@result ».
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import { buildImportedOrg, checkOrg } from "../src/domain/import/build.ts";
import { readSheets } from "../src/adapters/readXlsx.ts";
import { parseBytes } from "../src/domain/import/parseFile.ts";
import type { RawOrg } from "../src/domain/import/types.ts";
import { readWorkbook } from "../src/domain/import/xlsx.ts";
import { indexRoots, rootCandidates } from "../src/domain/import/roots.ts";
import { summarize } from "../src/domain/import/session.ts";
import { indexVersion } from "../src/domain/hierarchy.ts";

export interface ChildResult {
  units: number;
  subtreeUnits: number;
  /** Bytes to checked records: decoding, JSON.parse or CSV reading, records, structure checks. */
  parseAndCheckMs: number;
  /**
   * CPU time of the process (user + system, all threads: GC helpers too) over parse, check and
   * root index: less sensitive than wall time to a machine shared with other work.
   */
  parsedAndIndexedCpuMs: number;
  /** What the root search needs, built once after the check (folded names…). */
  rootIndexMs: number;
  /** Median time of one root query (a keystroke: search, top 30, clone of the answer) over every prefix of three queries. */
  rootQueryMs: number;
  /** Subtree built in the worker, structured-cloned to the main thread, indexed there (hierarchy index). */
  buildAndTransferMs: number;
  /** What crosses from the worker to the main thread before the root is chosen: the summary (structured clone). */
  transferToMainMs: number;
  baselineHeapMB: number;
  /** Heap still used once parsed, checked and indexed, after gc(): what the worker keeps. */
  retainedHeapMB: number;
  peakHeapMB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Every prefix of a few queries, as typed one key at a time. */
function keystrokes(words: string[]): string[] {
  return words.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)));
}

/** An Excel workbook as the worker reads it (importProtocol.ts openRequest): sheets, then records. */
async function readFile(bytes: Uint8Array, file: string): Promise<RawOrg> {
  if (!file.endsWith(".xlsx")) return parseBytes(bytes, file).org;
  const read = await readSheets(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  if (!("sheets" in read)) throw new Error(read.problem);
  return readWorkbook(read.sheets, file);
}

async function run(file: string, rootQuery: string): Promise<ChildResult> {
  const bytes = new Uint8Array(readFileSync(file));
  gc?.();
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let sampled = baseline;
  const sample = () => (sampled = Math.max(sampled, process.memoryUsage().heapUsed));
  v8.setFlagsFromString("--trace-gc");

  // What the worker does (importProtocol.ts, session.ts), step by step; what crosses to the
  // page is structured-cloned (v8.serialize/deserialize, as postMessage does).
  const clone = <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T;
  const cpu = process.cpuUsage();
  let t = performance.now();
  const checked = checkOrg(await readFile(bytes, file));
  const parseAndCheckMs = performance.now() - t;
  sample();
  t = performance.now();
  const index = indexRoots(checked);
  const rootIndexMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const parsedAndIndexedCpuMs = (used.user + used.system) / 1000;
  sample();
  gc?.();
  const retainedHeapMB = process.memoryUsage().heapUsed / MB;
  t = performance.now();
  clone(summarize(checked, []));
  const transferToMainMs = performance.now() - t;
  const times: number[] = [];
  for (const q of keystrokes([rootQuery, "bureau de la", "sécurité"])) {
    t = performance.now();
    clone(rootCandidates(index, q, 30));
    times.push(performance.now() - t);
  }
  sample();
  const root = rootCandidates(index, rootQuery, 1)[0];
  if (!root) throw new Error(`no root for ${rootQuery}`);
  t = performance.now();
  const org = buildImportedOrg(checked, root.key, { id: "import-bench", importedAt: "2025-01-01T00:00:00Z" });
  if (!org) throw new Error("no org");
  const shown = clone(org);
  indexVersion(shown.version);
  const buildAndTransferMs = performance.now() - t;
  sample();
  v8.setFlagsFromString("--no-trace-gc");
  return {
    units: checked.byKey.size,
    subtreeUnits: shown.version.units.length,
    parseAndCheckMs,
    parsedAndIndexedCpuMs,
    rootIndexMs,
    rootQueryMs: median(times),
    buildAndTransferMs,
    transferToMainMs,
    baselineHeapMB: baseline / MB,
    retainedHeapMB,
    peakHeapMB: sampled / MB,
  };
}

const [file, query] = process.argv.slice(2);
if (!file || !query) throw new Error("usage: importChild.ts <file> <root query>");
console.log(`@@result ${JSON.stringify(await run(file, query))}`);
