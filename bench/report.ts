// The bench results: their JSON shape and the Markdown table printed at the end.
import type { LighthouseResult } from "./lighthouse.ts";
import type { NodeSearchResult } from "./searchNode.ts";
import type { ImportBenchRow } from "./importNode.ts";
import type { Spread } from "./stats.ts";

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
  results: Record<Target, Record<string, SizeResult>>;
  interactions: Interactions | null;
  searchNode: NodeSearchResult | null;
  /** Import parsers in Node (bench/importNode.ts); absent in older results. */
  importNode?: ImportBenchRow[];
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
  const sizes = Object.keys(b.results.ours).sort((x, y) => Number(x) - Number(y));
  for (const s of sizes) row(`First render, ${thousands(Number(s))} units (ms)`, s, (r) => r.firstRenderMs, undefined, b.timeoutMs);
  for (const s of sizes) if (b.results.ours[s]?.workP95) row(`Frame time p50 pan/zoom (main-thread work), ${thousands(Number(s))} (ms)`, s, (r) => r.workP50 ?? null);
  for (const s of sizes) if (b.results.ours[s]?.workP95) row(`Frame time p95 pan/zoom (main-thread work), ${thousands(Number(s))} (ms)`, s, (r) => r.workP95 ?? null);
  for (const s of sizes) if (b.results.ours[s]?.frameP95) row(`Frame interval p95 pan/zoom (60 Hz: 16.7 at best), ${thousands(Number(s))} (ms)`, s, (r) => r.frameP95);
  for (const s of sizes) if (b.results.ours[s]?.frameP95) row(`Dropped frames / ~3 s, ${thousands(Number(s))}`, s, (r) => r.dropped, 0);
  for (const s of sizes) {
    const marks = b.results.ours[s]?.marks;
    if (!marks) continue;
    const part = (k: string) => (marks[k] ? fmt(marks[k].median) : "?");
    only(`↳ of which: boot / fetch / React render to painted frame, ${thousands(Number(s))} (ms)`, `${part("boot")} / ${part("fetch")} / ${part("render")}`);
  }
  for (const s of sizes) row(`JS heap after load, ${thousands(Number(s))} (MB)`, s, (r) => r.heapMB);
  const sp = (s: Spread | null | undefined) => (s ? (s.n > 1 ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : fmt(s.median)) : "n/a");
  const c = b.interactions?.searchInChromium;
  if (c) only(`Search p50 / p95, ${c.queries} queries, 10,000 units, in Chromium, search box path, one run per query (ms)`, `${fmt(c.p50, 2)} / ${fmt(c.p95, 2)} (max ${fmt(c.max, 1)}; index built once in ${fmt(c.buildMs)} ms, on first search)`);
  if (b.searchNode) {
    const n = b.searchNode;
    only("Search p50 / p95, 100 queries, 10,000 units, Node, index only, every hit, median of 5 runs per query (ms)", `${fmt(n.allHits.p50, 2)} / ${fmt(n.allHits.p95, 2)} (index built in ${fmt(n.buildMs)} ms; limit 25: ${fmt(n.limit25.p50, 2)} / ${fmt(n.limit25.p95, 2)})`);
  }
  for (const r of b.importNode ?? []) {
    only(
      `Import ${r.file} (${thousands(r.units)} units, subtree ${thousands(r.subtreeUnits)}), Node: parse + check / root search / build + index (ms), peak heap (MB)`,
      `${sp(r.parseAndCheckMs)} / ${sp(r.rootSearchMs)} / ${sp(r.buildAndIndexMs)}; ${fmt(r.peakHeapMB)} MB`,
    );
  }
  const i = b.interactions;
  if (i) {
    if (i.searchInPage) only(`Search in page, typing → options painted, 10,000 (ms, ${i.searchInPage.samples.length} queries)`, `${fmt(i.searchInPage.p50)} / ${fmt(i.searchInPage.p95)}`);
    only(`Collapse / expand « ${i.subtree.unitId} » (${thousands(i.subtree.descendants)} units), 10,000 (ms)`, `${sp(i.collapseSubtree)} / ${sp(i.expandSubtree)}`);
    only("« Tout replier » / « Tout déplier », 10,000 (ms)", `${sp(i.collapseAll)} / ${sp(i.expandAll)}`);
  }
  if (b.size) only("Initial JS + CSS (gzip)", `${fmt(b.size.initialGzipKB)} KB (budget ${b.size.budgetKB} KB)`);
  const lh = b.lighthouse;
  if (lh) {
    const score = (v: number | null) => (v === null ? "n/a" : fmt(v, 2));
    only("Lighthouse mobile, DGOS data: performance / accessibility / best practices", lh.error ? `not run: ${lh.error}` : `${score(lh.performance)} / ${score(lh.accessibility)} / ${score(lh.bestPractices)}${lh.runs && lh.runs.length > 1 ? ` (median of ${lh.runs.length} runs; performance ${lh.runs.map(score).join(", ")})` : ""}`);
  }
  const m = b.machine;
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
  return lines.join("\n");
}
