// Interactions at 10,000 units (`npm run bench`, phase « interactions »): fold and unfold, « Tout
// replier / déplier », typing in the search box, and the search engine timed inside the page.
import { close, openAndWait, timeButton, timeSearch, timeToggle } from "./measure.ts";
import type { Interactions } from "./report.ts";
import { LOAD_TIMEOUT_MS, type RunContext } from "./renderers.ts";
import { latencySummary, percentile, spread } from "./stats.ts";

/**
 * Interactions at 10,000 units, in pages opened on a deep link to the ~1,000-unit subtree's
 * root (`&u=<id>`, reduced motion) so its card is on screen whatever the zoom level: collapse
 * and expand it, « Tout replier / déplier », and typing in the search box.
 */
export async function measureInteractions(run: RunContext, subtree: Interactions["subtree"], queries: string[], searchQueries: string[]): Promise<Interactions> {
  const { browser, base, left, log } = run;
  const raw: Record<string, number[]> = {};
  let searchInChromium: Interactions["searchInChromium"] = null;
  const push = (key: string, v: number | null) => {
    if (v !== null && Number.isFinite(v)) (raw[key] ??= []).push(v);
  };
  const notes: string[] = [];
  for (let rep = 0; rep < run.reps && left() > 30_000; rep++) {
    const out = await openAndWait(browser, `${base}/?dataset=synthetic-10000&u=${subtree.unitId}`, Math.min(LOAD_TIMEOUT_MS, left() - 10_000), { reducedMotion: "reduce" });
    if (!out.ok) {
      notes.push(out.message);
      break;
    }
    const { page } = out.loaded;
    try {
      await page.waitForTimeout(300);
      // First, in a fresh page, so the index build is timed too (the page builds it once, on first search).
      if (rep === 0) {
        const timed = await page.evaluate((qs) => window.__bench?.searchLatency?.(qs) ?? null, searchQueries).catch(() => null);
        if (timed?.latencies.length) {
          searchInChromium = { queries: timed.latencies.length, buildMs: timed.buildMs, ...latencySummary(timed.latencies) };
        } else notes.push("search latency in Chromium: window.__bench.searchLatency missing or failed");
      }
      push("collapseSubtree", await timeToggle(page, subtree.unitId));
      push("expandSubtree", await timeToggle(page, subtree.unitId));
      push("collapseAll", await timeButton(page, "Tout replier"));
      push("expandAll", await timeButton(page, "Tout déplier"));
      for (const q of queries) push("search", await timeSearch(page, q).catch(() => null));
    } finally {
      await close(out.loaded);
    }
  }
  const search = raw.search ?? [];
  log(`ours 10000 interactions: ${Object.entries(raw).map(([k, v]) => `${k} ${spread(v)?.median.toFixed(0)} ms`).join(", ")}`);
  return {
    subtree,
    collapseSubtree: spread(raw.collapseSubtree ?? []),
    expandSubtree: spread(raw.expandSubtree ?? []),
    collapseAll: spread(raw.collapseAll ?? []),
    expandAll: spread(raw.expandAll ?? []),
    searchInChromium,
    searchInPage: search.length ? { p50: percentile(search, 50), p95: percentile(search, 95), samples: search.map((v) => Math.round(v * 10) / 10), queries } : null,
    ...(notes.length ? { notes } : {}),
  };
}
