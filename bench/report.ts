// The bench results: their JSON shape and the Markdown table printed at the end.
import type { LighthouseResult } from "./lighthouse.ts";
import type { NodeSearchResult } from "./searchNode.ts";
import { searchRowsMarkdown, type SearchRow } from "./searchRows.ts";
import type { ImportBenchRow } from "./importNode.ts";
import type { ImportBrowserResult } from "./importBrowser.ts";
import type { Spread } from "./stats.ts";
import type { FirstVisit } from "./firstVisit.ts";

export const TARGETS = ["ours", "d3-org-chart", "react-d3-tree"] as const;
export type Target = (typeof TARGETS)[number];

export interface SizeResult {
  status: "ok" | "timeout" | "error" | "skipped";
  note?: string;
  firstRenderMs: Spread | null;
  samples: number[];
  heapMB: Spread | null;
  frameP50: Spread | null;
  frameP95: Spread | null;
  /** Main-thread work per frame (optional: results written before it was measured lack it). */
  workP50?: Spread | null;
  workP95?: Spread | null;
  dropped: Spread | null;
  /** Share of the chart area the drawn tree's bounding box covers at the end condition (0–1). */
  coverage?: Spread | null;
  /** On-screen size of a card name's text at the end condition, px. */
  textPx?: Spread | null;
  /** App only: performance.measure() of the bench mode (fetch, validate, render). */
  marks?: Record<string, Spread | null>;
}

export interface Interactions {
  subtree: { unitId: string; descendants: number };
  collapseSubtree: Spread | null;
  expandSubtree: Spread | null;
  collapseAll: Spread | null;
  expandAll: Spread | null;
  searchInPage: { p50: number; p95: number; samples: number[]; queries: string[] } | null;
  /** The search box's search (index, ranking, grouping, excerpts) timed in the page, per query. */
  searchInChromium?: { queries: number; buildMs: number; p50: number; p95: number; max: number } | null;
  notes?: string[];
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; node: string; chromium: string; platform: string };
  timeoutMs: number;
  /** Our chart pane's on-screen size: the libraries' pages draw in an area of the same size. */
  chartArea?: { width: number; height: number };
  /** Overview: each renderer's first view (ours: its initial view; the libraries: fitted). */
  results: Record<Target, Record<string, SizeResult>>;
  /** Readable view: a unit centred, its name ≥ 12 px, then ~3 s of panning at that zoom. */
  readable?: Record<Target, Record<string, SizeResult>>;
  /** The readable rows under a 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate). */
  throttled?: Record<Target, Record<string, SizeResult>>;
  focus?: Record<string, { id: string; name: string; descendants: number }>;
  firstVisit?: FirstVisit | null;
  interactions: Interactions | null;
  /** Search per size: engine p95 and typing → results painted p95 side by side (bench/searchRows.ts). */
  searchRows?: SearchRow[];
  largeToggle?: import("./largeToggle.ts").LargeToggle | null;
  searchNode: NodeSearchResult | null;
  /** Import parsers in Node (bench/importNode.ts); absent in older results. */
  importNode?: ImportBenchRow[];
  /** Import in Chromium (bench/importBrowser.ts); absent in older results. */
  importBrowser?: ImportBrowserResult;
  size: { initialGzipKB: number; budgetKB: number; files: { file: string; gzipKB: number }[]; lazy: { file: string; gzipKB: number }[] } | null;
  lighthouse: LighthouseResult | null;
  durationMs: number;
  notes: string[];
}

const LABEL: Record<Target, string> = { ours: "This app", "d3-org-chart": "d3-org-chart 3.1.1", "react-d3-tree": "react-d3-tree 3.6.7" };
const fmt = (n: number, digits = n >= 100 ? 0 : 1) => n.toFixed(digits);
const thousands = (n: number) => n.toLocaleString("en-US");

function cell(r: SizeResult | undefined, pick: (r: SizeResult) => Spread | null, digits?: number): string {
  if (!r) return "—";
  const s = pick(r);
  if (s) return s.n > 1 ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : fmt(s.median, digits);
  return r.status === "ok" ? "—" : r.status;
}

/** theirs / ours, on medians; "> ×n" when theirs timed out. */
function ratio(ours: SizeResult | undefined, theirs: SizeResult | undefined, pick: (r: SizeResult) => Spread | null, timeoutMs?: number): string {
  const o = ours && pick(ours);
  if (!o || o.median <= 0 || !theirs) return "";
  const t = pick(theirs);
  if (t) return `×${fmt(t.median / o.median, 1)}`;
  if (theirs.status === "timeout" && timeoutMs) return `> ×${fmt(timeoutMs / o.median, 0)}`;
  return "";
}

export function markdown(b: BenchResults): string {
  const lines: string[] = [];
  const head = ["Measure (median, min–max)", LABEL.ours, LABEL["d3-org-chart"], "ratio", LABEL["react-d3-tree"], "ratio"];
  lines.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
  const row = (label: string, size: string, pick: (r: SizeResult) => Spread | null, digits?: number, timeoutMs?: number) => {
    const [o, d, r] = TARGETS.map((t) => b.results[t][size]);
    lines.push(`| ${label} | ${cell(o, pick, digits)} | ${cell(d, pick, digits)} | ${ratio(o, d, pick, timeoutMs)} | ${cell(r, pick, digits)} | ${ratio(o, r, pick, timeoutMs)} |`);
  };
  const only = (label: string, value: string) => lines.push(`| ${label} | ${value} | — | | — | |`);
  const sizesOf = (set: Record<Target, Record<string, SizeResult>>) => [...new Set(TARGETS.flatMap((t) => Object.keys(set[t] ?? {})))].sort((x, y) => Number(x) - Number(y));
  const sizes = sizesOf(b.results);
  const section = (title: string) => lines.push(`| **${title}** | | | | | |`);
  const rowsOf = (set: Record<Target, Record<string, SizeResult>>, label: string, unit: string, pick: (r: SizeResult) => Spread | null, digits?: number, timeoutMs?: number, noRatio = false) => {
    for (const s of sizesOf(set)) {
      const [o, d, r] = TARGETS.map((t) => set[t][s]);
      if (![o, d, r].some((x) => x && pick(x))) continue;
      lines.push(`| ${label}, ${thousands(Number(s))} (${unit}) | ${cell(o, pick, digits)} | ${cell(d, pick, digits)} | ${noRatio ? "" : ratio(o, d, pick, timeoutMs)} | ${cell(r, pick, digits)} | ${noRatio ? "" : ratio(o, r, pick, timeoutMs)} |`);
    }
  };
  const pct = (r: SizeResult) => (r.coverage ? { ...r.coverage, median: r.coverage.median * 100, min: r.coverage.min * 100, max: r.coverage.max * 100 } : null);
  section("Overview: first view (ours: its initial view, « vue d'ensemble : contour sans texte » past 600 visible cards; the libraries: every card, fitted)");
  rowsOf(b.results, "First render", "ms", (r) => r.firstRenderMs, undefined, b.timeoutMs);
  rowsOf(b.results, "Chart area covered by the tree", "%", pct, 0, undefined, true);
  rowsOf(b.results, "Card text on screen", "px", (r) => r.textPx ?? null, 2, undefined, true);
  for (const s of sizes) if (b.results.ours[s]?.workP95) row(`Frame time p95 zoom/pan script (main-thread work), ${thousands(Number(s))} (ms)`, s, (r) => r.workP95 ?? null);
  for (const s of sizes) if (b.results.ours[s]?.frameP95) row(`Frame interval p95 zoom/pan script (60 Hz: 16.7 at best), ${thousands(Number(s))} (ms)`, s, (r) => r.frameP95);
  for (const s of sizes) if (b.results.ours[s]?.frameP95) row(`Dropped frames / ~3 s zoom/pan script, ${thousands(Number(s))}`, s, (r) => r.dropped, 0);
  for (const [title, set] of [["Readable view: a unit centred, its name ≥ 12 px, text painted; then ~3 s of panning", b.readable], ["Same, CPU 4× slower (CDP Emulation.setCPUThrottlingRate)", b.throttled]] as const) {
    if (!set || sizesOf(set).length === 0) continue;
    section(title);
    rowsOf(set, "Time to a readable view", "ms", (r) => r.firstRenderMs, undefined, b.timeoutMs);
    rowsOf(set, "Centred unit's name on screen", "px", (r) => r.textPx ?? null, 1, undefined, true);
    rowsOf(set, "Readable pan: frame work p95", "ms", (r) => r.workP95 ?? null);
    rowsOf(set, "Readable pan: frame interval p95", "ms", (r) => r.frameP95);
    rowsOf(set, "Readable pan: dropped frames / ~3 s", "frames", (r) => r.dropped, 0);
    rowsOf(set, "JS heap after load", "MB", (r) => r.heapMB);
  }
  section("Other measures");
  for (const s of sizes) {
    const marks = b.results.ours[s]?.marks;
    if (!marks) continue;
    const part = (k: string) => (marks[k] ? fmt(marks[k].median) : "?");
    only(`↳ of which: boot / fetch / React render to painted frame, ${thousands(Number(s))} (ms)`, `${part("boot")} / ${part("fetch")} / ${part("render")}`);
    only(`↳ of the render: hierarchy index / layout / spatial index / first commit / commit to painted frame, ${thousands(Number(s))} (ms)`, ["index", "layout", "spatial", "commit", "paint"].map(part).join(" / "));
  }
  for (const s of sizes) row(`JS heap after load (overview), ${thousands(Number(s))} (MB)`, s, (r) => r.heapMB);
  const sp = (s: Spread | null | undefined) => (s ? (s.n > 1 ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : fmt(s.median)) : "n/a");
  const c = b.interactions?.searchInChromium;
  if (c) only(`Search p50 / p95, ${c.queries} queries, 10,000 units, in Chromium, search box path, one run per query (ms)`, `${fmt(c.p50, 2)} / ${fmt(c.p95, 2)} (max ${fmt(c.max, 1)}; index built once in ${fmt(c.buildMs)} ms, on first search)`);
  if (b.searchNode) {
    const n = b.searchNode;
    only("Search p50 / p95, 100 queries, 10,000 units, Node, index only, every hit, median of 5 runs per query (ms)", `${fmt(n.allHits.p50, 2)} / ${fmt(n.allHits.p95, 2)} (index built in ${fmt(n.buildMs)} ms; limit 25: ${fmt(n.limit25.p50, 2)} / ${fmt(n.limit25.p95, 2)})`);
  }
  for (const r of b.importNode ?? []) {
    only(
      `Import ${r.file} (${thousands(r.units)} units, subtree ${thousands(r.subtreeUnits)}), Node, fresh process per run: parse + check / root index / root query / build + transfer + index (ms), peak heap (MB)`,
      `${sp(r.parseAndCheckMs)} / ${sp(r.rootIndexMs ?? r.rootSearchMs)} / ${sp(r.rootQueryMs)} / ${sp(r.buildAndIndexMs)}; ${r.peakHeap ? sp(r.peakHeap) : fmt(r.peakHeapMB)} MB`,
    );
  }
  const ib = b.importBrowser;
  if (ib) only(`Import ${ib.file} in Chromium: parse in the worker / click « Importer » → ${thousands(ib.subtreeUnits)}-unit chart painted (ms), page JS heap peak (MB)`, `${sp(ib.parseMs)} / ${sp(ib.firstRenderMs)}; ${sp(ib.peakHeapMB)} MB${ib.notes.length ? ` (${ib.notes.join("; ")})` : ""}`);
  const i = b.interactions;
  if (i) {
    if (i.searchInPage) only(`Search in page, typing → options painted, 10,000 (ms, ${i.searchInPage.samples.length} queries)`, `${fmt(i.searchInPage.p50)} / ${fmt(i.searchInPage.p95)}`);
    only(`Collapse / expand « ${i.subtree.unitId} » (${thousands(i.subtree.descendants)} units), 10,000 (ms)`, `${sp(i.collapseSubtree)} / ${sp(i.expandSubtree)}`);
    only("« Tout replier » / « Tout déplier », 10,000 (ms)", `${sp(i.collapseAll)} / ${sp(i.expandAll)}`);
  }
  if (b.size) only("Initial JS + CSS (gzip)", `${fmt(b.size.initialGzipKB)} KB (budget ${b.size.budgetKB} KB)`);
  const fv = b.firstVisit;
  if (fv) {
    const kinds = Object.entries(fv.byKind).map(([k, v]) => `${k} ${fmt(v.gzip / 1024)}`).join(", ");
    only(`First visit until idle, everything downloaded (KB, gzip -${fv.gzipLevel}; fonts as served)`, `${fmt(fv.totalGzip / 1024)} KB (${kinds}; ${fmt(fv.totalBytes / 1024)} KB uncompressed)`);
  }
  const lh = b.lighthouse;
  if (lh) {
    const score = (v: number | null) => (v === null ? "n/a" : fmt(v, 2));
    only("Lighthouse mobile, DGOS data: performance / accessibility / best practices", lh.error ? `not run: ${lh.error}` : `${score(lh.performance)} / ${score(lh.accessibility)} / ${score(lh.bestPractices)}${lh.runs && lh.runs.length > 1 ? ` (median of ${lh.runs.length} runs; performance ${lh.runs.map(score).join(", ")})` : ""}`);
  }
  const m = b.machine;
  if (b.chartArea) lines.push("", `Chart area: ${b.chartArea.width} × ${b.chartArea.height} px for the three renderers (our chart pane in a 1280 × 800 window; the libraries' pages are given the same size). Repetitions interleaved (A B C A B C…); libraries stopped at ${b.timeoutMs / 1000} s: « n'a pas terminé ».`);
  for (const [s, f] of Object.entries(b.focus ?? {})) lines.push(`- Readable view, ${thousands(Number(s))}: unit ${f.id} « ${f.name} » (${thousands(f.descendants)} units below).`);
  lines.push(
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.platform}; Node ${m.node}; Chromium ${m.chromium} (headless, software rendering). ` +
      `Ratios are theirs / ours on medians (> 1: we are faster or lighter). Run ${b.date}, ${fmt(b.durationMs / 1000)} s.`,
  );
  for (const t of TARGETS) {
    for (const [s, r] of Object.entries(b.results[t])) if (r.note) lines.push(`- ${LABEL[t]}, ${thousands(Number(s))}: ${r.status} — ${r.note}`);
  }
  if (lh && !lh.error) {
    const metric = (id: string, unit = " ms") => (lh.metrics[id] == null ? "?" : `${fmt(lh.metrics[id] as number, id === "cumulative-layout-shift" ? 3 : 0)}${unit}`);
    lines.push(
      `- Lighthouse metrics: FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift", "")}, SI ${metric("speed-index")}, TTI ${metric("interactive")}.`,
    );
    for (const f of lh.failing) lines.push(`- Lighthouse: ${f}`);
  }
  if (b.size && b.size.initialGzipKB > b.size.budgetKB) lines.push(`- Initial files: ${b.size.files.map((f) => `${f.file} ${fmt(f.gzipKB)} KB`).join(", ")}.`);
  for (const note of b.interactions?.notes ?? []) lines.push(`- Interactions: ${note}`);
  for (const note of b.notes) lines.push(`- ${note}`);
  if (b.searchRows?.length) lines.push(...searchRowsMarkdown(b.searchRows));
  return lines.join("\n");
}
