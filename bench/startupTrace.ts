// What runs before the first fitted frame: a Chromium trace (network + main-thread timeline) of
// each renderer's bench page, summarised as requests (start → end), main-thread self time by
// kind (HTML parse, style-sheet parse, script compile, script run, style, layout, paint, GC)
// and the idle time waiting on the network. For optimising, not a gate.
//
//   npx tsx bench/startupTrace.ts                    100 units, 3 traces per renderer, dist/ as served
//   npx tsx bench/startupTrace.ts --units 1000 --reps 5 --targets ours
//   npx tsx bench/startupTrace.ts --throttle 4       under a CPU four times slower
//   npx tsx bench/startupTrace.ts --build            build the app, the competitor pages and the data first
//   npx tsx bench/startupTrace.ts --before /tmp/old/dist --targets ours,before
//                                                    another build of the app (e.g. an older commit), served at
//                                                    /before/ with the same data, as the target « before »
//
// Without --build, needs a dist/ with bench-data/ and competitors/ (any `npm run bench` leaves one).
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { servePrecompressed } from "./precompressed.ts";
import { launchBrowser } from "../tests/browser/chromium.ts";
import { BENCH_SEED, generateDataset } from "./generateOrg.ts";
import { writeBenchDataset } from "./benchData.ts";
import { VIEWPORT } from "./measure.ts";
import { waitForBench } from "./pageWait.ts";
import type { TraceEvent } from "./traceSelf.ts";
import { arg, argv } from "./cliArgs.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const UNITS = Number(arg("units", "100"));
const REPS = Number(arg("reps", "3"));
const THROTTLE = Number(arg("throttle", "1"));
const TARGETS = arg("targets", "ours,d3-org-chart,react-d3-tree").split(",");
const CHART = { width: Number(arg("w", "830")), height: Number(arg("h", "424")) };
const VERBOSE = argv.includes("--timeline");

const KIND: [RegExp, string][] = [
  [/^ParseHTML$/, "html parse"],
  [/^ParseAuthorStyleSheet$/, "css parse"],
  [/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.ScriptCompiler|CacheScript)/i, "js compile"],
  [/^(EvaluateScript|v8\.evaluateModule|v8\.run|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction|V8\.Execute|FireIdleCallback|XHRReadyStateChange)$/, "js run"],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout)$/, "style"],
  [/^(Layout|UpdateLayerTree|LayoutShift)$/, "layout"],
  [/^(Paint|PrePaint|Layerize|Commit|PaintImage|RasterTask|CompositeLayers|UpdateLayer|PaintSetup)$/, "paint"],
  [/GC|GCEvent|V8\.GC/i, "gc"],
  [/^(ResourceSendRequest|ResourceReceiveResponse|ResourceReceivedData|ResourceFinish|ResourceWillSendRequest|ResourceChangePriority)$/, "network glue"],
];
const kindOf = (name: string) => KIND.find(([re]) => re.test(name))?.[1] ?? "other";

function targetUrl(base: string, target: string): string {
  if (target === "ours") return `${base}/?dataset=synthetic-${UNITS}`;
  if (target === "before") return `${base}/before/?dataset=synthetic-${UNITS}`;
  return `${base}/competitors/${target}.html?units=${UNITS}&w=${CHART.width}&h=${CHART.height}`;
}

interface Summary {
  readyMs: number;
  byKind: Record<string, number>;
  busyMs: number;
  requests: { url: string; start: number; end: number; bytes: number }[];
  scripts: { url: string; compile: number; run: number }[];
  marks: { name: string; at: number }[];
  timeline: { at: number; ms: number; name: string; detail: string }[];
}

async function traceOnce(browser: Browser, url: string): Promise<Summary> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: "globalThis.__name ??= (f) => f;" });
  await context.route("**/dgos-data.json", (route) => route.abort()); // as bench/measure.ts
  const page = await context.newPage();
  if (THROTTLE > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  }
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "loading", "v8", "v8.execute", "disabled-by-default-v8.compile"],
  });
  await page.goto(url, { waitUntil: "commit" });
  await waitForBench(page, 60_000);
  const readyPerf = await page.evaluate(() => (window as unknown as { __bench: { firstRenderMs: number } }).__bench.firstRenderMs);
  const buffer = await browser.stopTracing();
  await context.close();
  const events = (JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;

  // The page's main thread: the renderer thread that parsed this URL's HTML.
  const parse = events.find((e) => e.name === "ParseHTML" && String(e.args?.beginData?.url ?? "").startsWith(url.split("?")[0] as string));
  if (!parse) throw new Error("no ParseHTML for the page in the trace");
  const main = (e: TraceEvent) => e.pid === parse.pid && e.tid === parse.tid;
  const nav = events.filter((e) => e.name === "navigationStart" && e.pid === parse.pid && String(e.args?.data?.documentLoaderURL ?? "").startsWith(url.split("?")[0] as string)).pop();
  const t0 = nav?.ts ?? parse.ts;
  const readyTs = t0 + readyPerf * 1000;
  const ms = (ts: number) => (ts - t0) / 1000;

  // Main-thread self time by kind, up to the ready frame.
  const complete = events.filter((e) => main(e) && e.ph === "X" && e.dur !== undefined && e.ts >= t0 && e.ts < readyTs).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byKind: Record<string, number> = {};
  const stack: { end: number; kind: string; self: number }[] = [];
  const pop = (until: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= until) {
      const done = stack.pop() as { kind: string; self: number };
      byKind[done.kind] = (byKind[done.kind] ?? 0) + done.self / 1000;
    }
  };
  let busy = 0;
  const timeline: Summary["timeline"] = [];
  for (const e of complete) {
    pop(e.ts);
    const dur = Math.min(e.dur as number, readyTs - e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= dur;
    else {
      busy += dur;
      if (e.name === "RunTask" && dur > 1000) timeline.push({ at: ms(e.ts), ms: dur / 1000, name: "task", detail: "" });
    }
    const kind = e.name === "RunTask" ? "task overhead" : kindOf(e.name);
    stack.push({ end: e.ts + dur, kind, self: dur });
    if (VERBOSE && dur > 1000 && e.name !== "RunTask") {
      const d = e.args?.data ?? e.args?.beginData ?? {};
      timeline.push({ at: ms(e.ts), ms: dur / 1000, name: e.name, detail: String(d.url ?? d.functionName ?? e.args?.fileName ?? "").replace(/^.*\//, "") });
    }
  }
  pop(Infinity);

  // Requests from the page's point of view (send → finish).
  const requests = new Map<string, { url: string; start: number; end: number; bytes: number }>();
  for (const e of events) {
    const d = e.args?.data as { requestId?: string; url?: string; encodedDataLength?: number } | undefined;
    if (!d?.requestId) continue;
    if (e.name === "ResourceSendRequest" && d.url) requests.set(d.requestId, { url: d.url.replace(/^https?:\/\/[^/]+/, ""), start: ms(e.ts), end: NaN, bytes: 0 });
    if (e.name === "ResourceFinish") {
      const r = requests.get(d.requestId);
      if (r) {
        r.end = ms(e.ts);
        r.bytes = d.encodedDataLength ?? 0;
      }
    }
  }

  // Per script: compile and run (module evaluation or classic script evaluation).
  const scripts = new Map<string, { url: string; compile: number; run: number }>();
  for (const e of events) {
    if (!main(e) || e.ph !== "X" || e.ts > readyTs) continue;
    const name = String(e.args?.data?.url ?? e.args?.fileName ?? e.args?.url ?? "").replace(/^https?:\/\/[^/]+/, "");
    if (!name) continue;
    const entry = scripts.get(name) ?? { url: name, compile: 0, run: 0 };
    if (/compile/i.test(e.name)) entry.compile += (e.dur ?? 0) / 1000;
    else if (/^(EvaluateScript|v8\.evaluateModule)$/.test(e.name)) entry.run += (e.dur ?? 0) / 1000;
    else continue;
    scripts.set(name, entry);
  }
  const marks = events
    .filter((e) => e.pid === parse.pid && (e.cat.includes("user_timing") || e.cat.includes("loading")) && (e.ph === "R" || e.ph === "I" || e.ph === "b" || e.ph === "n") && e.ts >= t0 && e.ts <= readyTs + 1000)
    .map((e) => ({ name: e.name, at: ms(e.ts) }))
    .filter((m) => /bench:|firstPaint|firstContentfulPaint|domContentLoaded|domInteractive|firstMeaningful/i.test(m.name));
  return { readyMs: readyPerf, byKind, busyMs: busy / 1000, requests: [...requests.values()], scripts: [...scripts.values()], marks, timeline };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : NaN;
};
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "—");

async function main(): Promise<void> {
  const dist = join(ROOT, arg("dist", "dist"));
  if (argv.includes("--build")) {
    await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), mode: "production", logLevel: "error", build: { outDir: dist, emptyOutDir: true } });
    await build({ configFile: join(ROOT, "bench/vite.bench.config.ts"), mode: "production", logLevel: "error" });
    // Written unvalidated: the same generator `npm run bench` validates.
    writeBenchDataset(dist, UNITS, generateDataset({ units: UNITS, seed: BENCH_SEED }));
  }
  if (!existsSync(join(dist, "bench-data", `synthetic-${UNITS}.json`)) || !existsSync(join(dist, "competitors"))) {
    throw new Error(`${dist} has no bench-data/synthetic-${UNITS}.json or competitors/: run npm run bench -- --sizes=${UNITS} --only=overview --reps=1 first`);
  }
  const served = mkdtempSync(join(os.tmpdir(), "organigramme-trace-"));
  cpSync(dist, served, { recursive: true });
  const before = arg("before", "");
  if (before) {
    cpSync(before, join(served, "before"), { recursive: true });
    cpSync(join(dist, "bench-data"), join(served, "before", "bench-data"), { recursive: true });
  }
  const { server, base } = await servePrecompressed(ROOT, served);
  const browser = await launchBrowser();
  try {
    const all = new Map<string, Summary[]>(TARGETS.map((t) => [t, []]));
    for (let rep = 0; rep < REPS; rep++) for (const t of TARGETS) all.get(t)?.push(await traceOnce(browser, targetUrl(base, t)));
    console.log(`# Start-up trace, ${UNITS} units${THROTTLE > 1 ? `, CPU ×${THROTTLE}` : ""}, ${REPS} run(s) per renderer (medians; ms from navigation start)\n`);
    const kinds = [...new Set([...all.values()].flatMap((runs) => runs.flatMap((r) => Object.keys(r.byKind))))].sort();
    console.log(`| | ${TARGETS.join(" | ")} |\n|---|${TARGETS.map(() => "---").join("|")}|`);
    const row = (label: string, pick: (s: Summary) => number) => console.log(`| ${label} | ${TARGETS.map((t) => f(median((all.get(t) ?? []).map(pick)))).join(" | ")} |`);
    row("first fitted frame", (s) => s.readyMs);
    row("main thread busy", (s) => s.busyMs);
    row("main thread idle (waiting)", (s) => s.readyMs - s.busyMs);
    for (const k of kinds) row(`· ${k}`, (s) => s.byKind[k] ?? 0);
    for (const t of TARGETS) {
      const runs = all.get(t) ?? [];
      const mid = [...runs].sort((a, b) => a.readyMs - b.readyMs)[Math.floor((runs.length - 1) / 2)];
      if (!mid) continue;
      console.log(`\n## ${t}: the median run (${f(mid.readyMs)} ms)\n\nRequests (send → finish, bytes on the wire):`);
      for (const r of mid.requests.sort((a, b) => a.start - b.start)) console.log(`  ${f(r.start).padStart(7)} → ${f(r.end).padStart(7)}  ${String(r.bytes).padStart(7)}  ${r.url}`);
      console.log("Scripts (compile / run on the main thread):");
      for (const s of mid.scripts.filter((x) => x.compile + x.run > 0.2)) console.log(`  ${f(s.compile).padStart(6)} / ${f(s.run).padStart(6)}  ${s.url}`);
      console.log("Marks:");
      for (const m of mid.marks.sort((a, b) => a.at - b.at)) console.log(`  ${f(m.at).padStart(7)}  ${m.name}`);
      if (mid.timeline.length) {
        console.log("Main-thread tasks and events > 1 ms:");
        for (const e of mid.timeline) console.log(`  ${f(e.at).padStart(7)}  ${f(e.ms).padStart(6)} ms  ${e.name} ${e.detail}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
