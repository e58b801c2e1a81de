// Collapse / expand of a ~10,000-unit subtree in the 100,000-unit organisation (issue 13 §2:
// ≤ 150 ms from click to painted frame). Each repetition opens a fresh page on a deep link to
// the subtree's root (reduced motion), so its card and toggle are on screen, then folds and
// unfolds it with timeToggle (click → the next rendered frame).
import type { Browser } from "playwright-core";
import { close, openAndWait, timeToggle } from "./measure.ts";
import { spread, type Spread } from "./stats.ts";

export interface LargeToggle {
  size: number;
  unitId: string;
  descendants: number;
  collapse: Spread | null;
  expand: Spread | null;
  /** In-page part of each (bench marks « layout » and « spatial », ms): steadier than click → frame on a busy machine. */
  work?: { collapse: Spread | null; expand: Spread | null };
  notes: string[];
}

/** The unit whose subtree is closest to `target` units (ties: smallest id), from treeStats' descendants. */
export function subtreeNear(descendants: ReadonlyMap<string, number>, target: number): [string, number] {
  return [...descendants].sort((a, b) => Math.abs(a[1] - target) - Math.abs(b[1] - target) || a[0].localeCompare(b[0]))[0] ?? ["dg", 0];
}

export async function measureLargeToggle(browser: Browser, base: string, size: number, subtree: [string, number], reps: number, timeoutMs: number): Promise<LargeToggle> {
  const [unitId, descendants] = subtree;
  const collapse: number[] = [];
  const expand: number[] = [];
  const work = { collapse: [] as number[], expand: [] as number[] };
  const notes: string[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const out = await openAndWait(browser, `${base}/?dataset=synthetic-${size}&u=${encodeURIComponent(unitId)}`, timeoutMs, { reducedMotion: "reduce", readyOnNode: unitId });
    if (!out.ok) {
      notes.push(out.message);
      break;
    }
    try {
      await out.loaded.page.waitForTimeout(300);
      for (const [into, label] of [[collapse, "collapse"], [expand, "expand"]] as const) {
        const ms = await timeToggle(out.loaded.page, unitId);
        if (ms === null || !Number.isFinite(ms)) notes.push(`${label}: no toggle for ${unitId}`);
        else into.push(ms);
        const inPage = await out.loaded.page.evaluate(() => ["layout", "spatial"].reduce((sum, n) => sum + (performance.getEntriesByName(`bench:${n}`).at(-1)?.duration ?? NaN), 0));
        if (Number.isFinite(inPage)) work[label].push(inPage);
      }
    } finally {
      await close(out.loaded);
    }
  }
  return { size, unitId, descendants, collapse: spread(collapse), expand: spread(expand), work: { collapse: spread(work.collapse), expand: spread(work.expand) }, notes };
}

export function largeToggleMarkdown(t: LargeToggle): string {
  const sp = (s: Spread | null) => (s ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)}, n=${s.n})` : "n/a");
  return `| Collapse / expand « ${t.unitId} » (${t.descendants.toLocaleString("en")} units), ${t.size.toLocaleString("en")}, click → painted (ms) | ${sp(t.collapse)} / ${sp(t.expand)}${t.work ? ` (layout + index: ${sp(t.work.collapse)} / ${sp(t.work.expand)})` : ""} | — | | — | |${t.notes.map((n) => `\n- Large toggle: ${n}`).join("")}`;
}
