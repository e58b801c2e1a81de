// Typing → results painted (the bench's `search` phase, typing part only), for comparing builds
// on a busy machine and for seeing where a keystroke's time goes.
//
//   npx tsx bench/searchTyping.ts --units 10000 --reps 5 [--roots .,/path/to/other/checkout]
//     each checkout is built (minified, as `npm run build`), then typed into in turn, A B A B…;
//     per checkout: p50 / p95 of every run, their median and min–max.
//   npx tsx bench/searchTyping.ts --units 10000 --profile
//     one run of this checkout (unminified build) under the CPU profiler: self time by module and
//     function, inclusive time of the app's code.
//   npx tsx bench/searchTyping.ts --units 10000 --trace [--roots …] [--reps …]
//     traced runs: main-thread time by trace event (script, style, layout, paint…), and per
//     keystroke the renderer main thread's CPU time from input to painted frame (trace `tdur`):
//     what a keystroke costs, far less swayed than wall time by other processes on the machine.
// A checkout other than this one needs its node_modules and public/dsfr (`npm run dsfr:trim`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { join, resolve } from "node:path";
import type { CDPSession } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { launchBrowser } from "../tests/browser/chromium.ts";
import { printProfile, top, type CpuProfile } from "./cpuProfile.ts";
import { BENCH_SEED, datasetFiles, generateDataset } from "./generateOrg.ts";
import { benchQueries } from "./searchNode.ts";
import { measureTyping } from "./searchRows.ts";
import { percentile } from "./stats.ts";
import { selfByName, type TraceEvent } from "./traceSelf.ts";
import { arg, argv } from "./cliArgs.ts";

const UNITS = Number(arg("units", "10000"));
const REPS = Number(arg("reps", "3"));
const ROOTS = arg("roots", ".").split(",").map((r) => resolve(r));
const PROFILE = argv.includes("--profile");
const TRACE = argv.includes("--trace");
const TIMEOUT_MS = 120_000;

const spread = (xs: number[]) => `${percentile(xs, 50).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

// Stamps each timed keystroke's start and end in the trace (console.timeStamp → TimeStamp events);
// not the emptying of the box between queries, which the bench does not count either.
const MARK = `{
  const timed = window.__typeTimed;
  window.__typeTimed = async (input, text) => {
    if (text === "") return timed(input, text);
    console.timeStamp("typing:start");
    const ms = await timed(input, text);
    console.timeStamp("typing:end");
    return ms;
  };
}`;

/**
 * Per keystroke (between its TimeStamp marks), the CPU time of the renderer main thread: the
 * `tdur` of its top-level tasks, a task cut by a mark counted in proportion of its wall time.
 */
function keystrokeCpu(events: (TraceEvent & { tdur?: number })[]): number[] {
  const windows = keystrokeWindows(events);
  const main = events.find((e) => e.name === "TimeStamp");
  const tasks = events.filter((e) => e.pid === main?.pid && e.tid === main.tid && e.ph === "X" && e.name === "RunTask" && e.dur !== undefined && e.tdur !== undefined);
  return windows.map(([a, b]) => {
    let us = 0;
    for (const t of tasks) {
      const overlap = Math.min(t.ts + (t.dur as number), b) - Math.max(t.ts, a);
      if (overlap > 0) us += (t.tdur as number) * (overlap / Math.max(t.dur as number, 1));
    }
    return us / 1000;
  });
}

/** Profiles as one (node ids made distinct), for printProfile. */
function merge(profiles: CpuProfile[]): CpuProfile {
  const out: Required<CpuProfile> = { nodes: [], samples: [], timeDeltas: [] };
  let offset = 0;
  for (const p of profiles) {
    let max = 0;
    for (const n of p.nodes) {
      out.nodes.push({ ...n, id: n.id + offset, children: n.children?.map((c) => c + offset) });
      max = Math.max(max, n.id);
    }
    out.samples.push(...(p.samples ?? []).map((s) => s + offset));
    out.timeDeltas.push(...(p.timeDeltas ?? []));
    offset += max + 1;
  }
  return out;
}

/** [start, end] (trace µs) of each timed keystroke. */
function keystrokeWindows(events: TraceEvent[]): [number, number][] {
  const stamps = events.filter((e) => e.name === "TimeStamp" && String(e.args?.data?.message ?? "").startsWith("typing:")).sort((a, b) => a.ts - b.ts);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < stamps.length; k++) {
    const [a, b] = [stamps[k] as TraceEvent, stamps[k + 1] as TraceEvent];
    if (a.args?.data?.message === "typing:start" && b.args?.data?.message === "typing:end") out.push([a.ts, b.ts]);
  }
  return out;
}

async function main(): Promise<void> {
  const ds = generateDataset({ units: UNITS, seed: BENCH_SEED });
  // The bench's typed queries (bench/run.ts): misses left out.
  const typed = benchQueries(ds, 12).filter((_, i) => i % 6 !== 5);
  const data = JSON.stringify(datasetFiles(ds));
  const dirs: string[] = [];
  const servers: PreviewServer[] = [];
  const bases: string[] = [];
  const browser = await launchBrowser();
  try {
    for (const root of PROFILE ? [ROOTS[0] as string] : ROOTS) {
      const dir = mkdtempSync(join(os.tmpdir(), "organigramme-typing-"));
      dirs.push(dir);
      await build({ root, configFile: join(root, "vite.config.ts"), mode: "production", logLevel: "error", build: { outDir: dir, emptyOutDir: true, minify: !PROFILE } });
      mkdirSync(join(dir, "bench-data"), { recursive: true });
      writeFileSync(join(dir, "bench-data", `synthetic-${UNITS}.json`), data);
      const server = await preview({ root, configFile: false, logLevel: "error", build: { outDir: dir }, preview: { host: "127.0.0.1", port: 0 } });
      servers.push(server);
      bases.push(`http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`);
    }
    const url = (i: number) => `${bases[i]}/?dataset=synthetic-${UNITS}`;
    if (PROFILE) {
      // One profile per keystroke: the slowest tenth are summed apart, to see what makes them slow.
      let cdp: CDPSession | null = null;
      const profiles: { ms: number; text: string; profile: CpuProfile }[] = [];
      const outcome = await measureTyping(browser, url(0), typed, TIMEOUT_MS, {
        start: async (page) => {
          cdp = await page.context().newCDPSession(page);
          await cdp.send("Profiler.enable");
          await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        },
        stop: async () => undefined,
        before: async () => void (await cdp?.send("Profiler.start")),
        after: async (_, text, ms) => {
          const got = await cdp?.send("Profiler.stop");
          if (got) profiles.push({ ms, text, profile: got.profile as CpuProfile });
        },
      });
      console.log(`typing ${JSON.stringify(outcome.typing)}${outcome.note ? ` (${outcome.note})` : ""}`);
      const cut = percentile(profiles.map((p) => p.ms), 90);
      const slow = profiles.filter((p) => p.ms >= cut);
      console.log(`\n=== slowest ${slow.length} keystrokes (≥ ${cut.toFixed(1)} ms): ${slow.map((p) => `${p.text} ${p.ms.toFixed(0)}`).join(", ")}`);
      printProfile(merge(slow.map((p) => p.profile)), dirs[0] as string, { modules: 15, chains: 15 });
      const save = arg("save", "");
      if (save) writeFileSync(save, JSON.stringify({ dir: dirs[0], slow: merge(slow.map((p) => p.profile)), all: merge(profiles.map((p) => p.profile)) }));
      console.log(`\n=== all ${profiles.length} keystrokes`);
      printProfile(merge(profiles.map((p) => p.profile)), dirs[0] as string, { modules: 15, chains: 0 });
      return;
    }
    if (TRACE) {
      const cpu: number[][] = ROOTS.map(() => []);
      for (let rep = 0; rep < REPS; rep++) {
        for (let i = 0; i < ROOTS.length; i++) {
          let events: TraceEvent[] = [];
          const outcome = await measureTyping(browser, url(i), typed, TIMEOUT_MS, {
            start: async (page) => {
              await page.evaluate(MARK);
              await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
            },
            stop: async () => {
              events = (JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
            },
          });
          const perKey = keystrokeCpu(events);
          const t = outcome.typing;
          console.log(
            `rep ${rep + 1} ${ROOTS[i]}: wall p50 ${t?.p50.toFixed(1)} p95 ${t?.p95.toFixed(1)}; main-thread CPU per keystroke p50 ${percentile(perKey, 50).toFixed(1)} p95 ${percentile(perKey, 95).toFixed(1)} max ${Math.max(...perKey).toFixed(1)} (${perKey.length} keys)`,
          );
          cpu[i]?.push(percentile(perKey, 95));
          if (rep === 0) {
            // Where the slowest tenth of keystrokes spend their main thread: self time by event.
            const windows = keystrokeWindows(events);
            const cut = percentile(perKey, 90);
            const slow = windows.filter((_, k) => (perKey[k] ?? 0) >= cut);
            const inSlow = events.filter((e) => e.ph === "M" || slow.some(([a, b]) => e.ts >= a && e.ts < b));
            console.log(`Main-thread self time by trace event, slowest ${slow.length} keystrokes (CPU ≥ ${cut.toFixed(1)} ms), per keystroke\n${top(new Map([...selfByName(inSlow)].map(([k, v]) => [k, v / slow.length])), 14)}\n`);
          }
        }
      }
      ROOTS.forEach((root, i) => console.log(`${root}: main-thread CPU per keystroke, p95 median (min–max) ${spread(cpu[i] ?? [])}`));
      return;
    }
    const runs: { p50: number; p95: number }[][] = ROOTS.map(() => []);
    for (let rep = 0; rep < REPS; rep++) {
      for (let i = 0; i < ROOTS.length; i++) {
        const outcome = await measureTyping(browser, url(i), typed, TIMEOUT_MS);
        const t = outcome.typing;
        console.log(`rep ${rep + 1} ${ROOTS[i]}: ${t ? `p50 ${t.p50.toFixed(1)} p95 ${t.p95.toFixed(1)} max ${t.max.toFixed(0)} (${t.keystrokes} keys; slowest ${t.slowest.join(", ")})` : "n/a"}${outcome.note ? ` (${outcome.note})` : ""}`);
        if (t) runs[i]?.push({ p50: t.p50, p95: t.p95 });
      }
    }
    console.log(`\n${UNITS} units, ${REPS} runs each, interleaved: median (min–max) of the runs' figures`);
    ROOTS.forEach((root, i) => {
      const r = runs[i] ?? [];
      if (r.length) console.log(`${root}: p50 ${spread(r.map((x) => x.p50))}  p95 ${spread(r.map((x) => x.p95))}`);
    });
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    // --save keeps the build, whose unminified chunks the saved profile's lines point into.
    if (!arg("save", "")) for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
