// The renderers' comparison (`npm run bench`, bench/run.ts): one scenario (overview, readable
// view, throttled) at one size, the three renderers' repetitions interleaved, each sample a fresh
// page probed for what is on screen and, where asked, ~3 s of scripted frames.
import type { Browser } from "playwright-core";
import { close, frameScript, openAndWait, screenProbe, VIEWPORT, type OpenOptions } from "./measure.ts";
import type { Scenario } from "./options.ts";
import type { SizeResult, Target } from "./report.ts";
import { spread } from "./stats.ts";

/** What the phases of one bench run share. */
export interface RunContext {
  browser: Browser;
  /** The served copy of dist/, e.g. http://127.0.0.1:4173 */
  base: string;
  reps: number;
  targets: readonly Target[];
  /** Milliseconds left in the run's time budget. */
  left: () => number;
  log: (message: string) => void;
}

export interface ChartArea {
  width: number;
  height: number;
}

export const LOAD_TIMEOUT_MS = 60_000; // the libraries' limit: « n'a pas terminé » past it
const SLOW_MS = 15_000; // a first sample slower than this is not repeated
const FRAME_SIZES = new Set([1000, 10000, 100000]);
const SELECTOR: Record<Target, string> = { ours: "svg.chart__svg", "d3-org-chart": "svg.svg-chart-container", "react-d3-tree": "svg.rd3t-svg" };

interface Samples {
  first: number[];
  heap: number[];
  p50: number[];
  p95: number[];
  workP50: number[];
  workP95: number[];
  dropped: number[];
  marks: Record<string, number[]>;
  coverage: number[];
  textPx: number[];
}

const emptySamples = (): Samples => ({ first: [], heap: [], p50: [], p95: [], workP50: [], workP95: [], dropped: [], marks: {}, coverage: [], textPx: [] });

function summarise(s: Samples, status: SizeResult["status"], note?: string): SizeResult {
  const marks = Object.fromEntries(Object.entries(s.marks).map(([k, v]) => [k, spread(v)]));
  return {
    status,
    ...(note ? { note } : {}),
    firstRenderMs: spread(s.first),
    samples: s.first.map((v) => Math.round(v)),
    heapMB: spread(s.heap),
    frameP50: spread(s.p50),
    frameP95: spread(s.p95),
    workP50: spread(s.workP50),
    workP95: spread(s.workP95),
    dropped: spread(s.dropped),
    coverage: spread(s.coverage),
    textPx: spread(s.textPx),
    ...(Object.keys(marks).length ? { marks } : {}),
  };
}

export interface Focus {
  id: string;
  name: string;
}

function targetUrl(base: string, target: Target, size: number, scenario: Scenario, chart: ChartArea, focus: Focus): string {
  const readable = scenario.kind === "readable";
  if (target === "ours") return `${base}/?dataset=synthetic-${size}${readable ? `&u=${encodeURIComponent(focus.id)}` : ""}`;
  return `${base}/competitors/${target}.html?units=${size}&w=${chart.width}&h=${chart.height}${readable ? `&focus=${encodeURIComponent(focus.id)}` : ""}`;
}

/** One sample: load, probe what is on screen, then (where asked) ~3 s of scripted frames. */
async function sampleOnce(run: RunContext, target: Target, size: number, scenario: Scenario, chart: ChartArea, focus: Focus, s: Samples): Promise<{ ok: true } | { ok: false; status: SizeResult["status"]; note: string }> {
  const { browser, base, left, log } = run;
  const timeout = Math.min(LOAD_TIMEOUT_MS, left() - 5_000);
  if (timeout < 10_000) return { ok: false, status: "skipped", note: `time budget exhausted after ${s.first.length} sample(s)` };
  const readable = scenario.kind === "readable";
  const options: OpenOptions = { ...(scenario.throttle > 1 ? { cpuThrottle: scenario.throttle } : {}), ...(readable && target === "ours" ? { readyOnNode: focus.id } : {}), ...(readable ? { reducedMotion: "reduce" as const } : {}) };
  const out = await openAndWait(browser, targetUrl(base, target, size, scenario, chart, focus), timeout, options);
  if (!out.ok) return { ok: false, status: out.reason, note: out.reason === "timeout" ? `n'a pas terminé: nothing within ${(timeout / 1000).toFixed(0)} s` : out.message };
  const { loaded } = out;
  try {
    s.first.push(loaded.firstRenderMs);
    if (loaded.heapMB !== null) s.heap.push(loaded.heapMB);
    for (const [k, v] of Object.entries(loaded.marks)) (s.marks[k] ??= []).push(v);
    const probe = await screenProbe(loaded.page, target, readable ? focus : undefined).catch(() => null);
    if (probe?.coverage != null) s.coverage.push(probe.coverage);
    if (probe?.textPx != null) s.textPx.push(probe.textPx);
    if (FRAME_SIZES.has(size) && left() > 20_000 && (readable || scenario.frames)) {
      const frames = await frameScript(loaded.page, SELECTOR[target], readable ? "pan" : "zoom-pan");
      if (frames) {
        s.p50.push(frames.p50);
        s.p95.push(frames.p95);
        s.workP50.push(frames.workP50);
        s.workP95.push(frames.workP95);
        s.dropped.push(frames.dropped);
      }
    }
  } finally {
    await close(loaded);
  }
  const n = s.first.length - 1;
  log(`${scenario.name} ${target} ${size}: ${loaded.firstRenderMs.toFixed(0)} ms${s.p95.length > n ? `, frame work p95 ${s.workP95[n]?.toFixed(1)} ms, interval p95 ${s.p95[n]?.toFixed(1)} ms` : ""}`);
  if (loaded.firstRenderMs > SLOW_MS) return { ok: false, status: "ok", note: `first sample took ${(loaded.firstRenderMs / 1000).toFixed(1)} s: not repeated` };
  return { ok: true };
}

/** One scenario at one size, the renderers' repetitions interleaved (A B C A B C…). */
export async function measureInterleaved(run: RunContext, size: number, scenario: Scenario, chart: ChartArea, focus: Focus): Promise<Record<Target, SizeResult>> {
  const samples = Object.fromEntries(run.targets.map((t) => [t, emptySamples()])) as Record<Target, Samples>;
  const done = new Map<Target, { status: SizeResult["status"]; note: string }>();
  for (let rep = 0; rep < run.reps; rep++) {
    for (const target of run.targets) {
      if (done.has(target)) continue;
      const r = await sampleOnce(run, target, size, scenario, chart, focus, samples[target]);
      if (!r.ok) done.set(target, { status: r.status, note: r.note });
    }
  }
  return Object.fromEntries(run.targets.map((t) => [t, summarise(samples[t], done.get(t)?.status ?? "ok", done.get(t)?.note)])) as Record<Target, SizeResult>;
}

/** Our chart pane's on-screen area (header and panel aside): the libraries get the same. */
export async function ourChartArea(run: RunContext, size: number): Promise<ChartArea> {
  const out = await openAndWait(run.browser, `${run.base}/?dataset=synthetic-${size}`, LOAD_TIMEOUT_MS);
  if (!out.ok) throw new Error(`our chart did not load: ${out.message}`);
  try {
    const box = await out.loaded.page.locator(SELECTOR.ours).first().boundingBox();
    if (!box) throw new Error("no chart");
    const width = Math.round(Math.min(box.x + box.width, VIEWPORT.width) - Math.max(box.x, 0));
    const height = Math.round(Math.min(box.y + box.height, VIEWPORT.height) - Math.max(box.y, 0));
    return { width, height };
  } finally {
    await close(out.loaded);
  }
}
