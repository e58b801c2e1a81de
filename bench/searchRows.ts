// Search in Chromium, per size: the engine alone and typing → results painted, side by side.
// - Engine: `window.__bench.searchLatency` (the page's own lazy engine: index, ranking, grouping,
//   excerpts); the first round builds the index at once (timed apart); per query, the median of
//   5 rounds.
// - Index in slices: the build the app does (across frames): total time and longest slice.
// - Typing → results painted: each query typed one character at a time into « Qui fait quoi ? »;
//   per keystroke, from dispatching the input event to the end of the first frame (rAF, then a
//   message posted from it, which runs once the frame is rendered) in which the listbox shows the
//   results of that very text (its `data-query`). Method: rAF after commit, not Event Timing.
import type { Browser, Page } from "playwright-core";
import { close, openAndWait } from "./measure.ts";
import { latencySummary, percentile } from "./stats.ts";

const ENGINE_ROUNDS = 5;

export interface SearchRow {
  units: number;
  engine: { queries: number; rounds: number; p50: number; p95: number; max: number; buildMs: number } | null;
  slices: { workMs: number; wallMs: number; slices: number; longestMs: number } | null;
  typing: { keystrokes: number; p50: number; p95: number; max: number; slowest: string[] } | null;
  note?: string;
}

const TYPE = `
  window.__typeTimed = (input, text) => new Promise((resolve) => {
    const listbox = document.getElementById(input.getAttribute("aria-controls") ?? "");
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    const t0 = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const shown = () => text.trim() === "" || (listbox && listbox.dataset.query === text);
    const frame = () => requestAnimationFrame(() => {
      if (!shown()) return performance.now() - t0 > 10000 ? resolve(NaN) : frame();
      const c = new MessageChannel();
      c.port1.onmessage = () => { c.port1.close(); resolve(performance.now() - t0); };
      c.port2.postMessage(null);
    });
    frame();
  });`;

/** Engine and typing latencies on the synthetic organisation of `units` units. */
export async function measureSearchRow(browser: Browser, base: string, units: number, engineQueries: readonly string[], typed: readonly string[], timeoutMs: number): Promise<SearchRow> {
  const row: SearchRow = { units, engine: null, slices: null, typing: null };
  const notes: string[] = [];
  // The engine in its own page, so that the index is built there at once (and timed).
  const first = await openAndWait(browser, `${base}/?dataset=synthetic-${units}`, timeoutMs);
  if (first.ok) {
    try {
      // The first round builds the index (timed apart); a query's latency is its median over the
      // rounds, so that a pause of another process on a shared machine does not land in the p95.
      const rounds: number[][] = [];
      let buildMs = Number.NaN;
      for (let r = 0; r < ENGINE_ROUNDS; r++) {
        const timed = await first.loaded.page.evaluate((qs) => window.__bench?.searchLatency?.(qs) ?? null, [...engineQueries]);
        if (!timed?.latencies.length) break;
        if (r === 0) buildMs = timed.buildMs;
        rounds.push(timed.latencies);
      }
      const medians = engineQueries.map((_, i) => percentile(rounds.map((l) => l[i] as number), 50));
      if (rounds.length) row.engine = { queries: engineQueries.length, rounds: rounds.length, buildMs, ...latencySummary(medians) };
    } catch (error) {
      notes.push(error instanceof Error ? error.message : String(error));
    } finally {
      await close(first.loaded);
    }
  } else notes.push(first.message);
  // Typing in a fresh page: the app builds its index in slices on focus, as for a user.
  const typing = await measureTyping(browser, `${base}/?dataset=synthetic-${units}`, typed, timeoutMs);
  if (typing.note) notes.push(typing.note);
  row.slices = typing.slices;
  row.typing = typing.typing;
  return notes.length ? { ...row, note: notes.join("; ") } : row;
}

/** Markdown rows: engine p50 / p95 and typing → painted p50 / p95 per size, then the index build. */
export function searchRowsMarkdown(rows: readonly SearchRow[]): string[] {
  const f = (n: number) => n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2);
  const lines = ["", "| Search, synthetic organisation (Chromium) | engine p50 / p95 (ms) | typing → results painted p50 / p95 (ms) | index: built at once / in slices (work, wall, longest slice) |", "|---|---|---|---|"];
  for (const r of rows) {
    const engine = r.engine ? `${f(r.engine.p50)} / **${f(r.engine.p95)}** (${r.engine.queries} queries, median of ${r.engine.rounds} rounds each, max ${f(r.engine.max)})` : "n/a";
    const typing = r.typing ? `${f(r.typing.p50)} / **${f(r.typing.p95)}** (${r.typing.keystrokes} keystrokes, max ${f(r.typing.max)})` : "n/a";
    const build = `${r.engine ? f(r.engine.buildMs) : "?"} ms / ${r.slices ? `${f(r.slices.workMs)} ms in ${r.slices.slices} slices, ${f(r.slices.wallMs)} ms wall, longest ${f(r.slices.longestMs)} ms` : "?"}`;
    lines.push(`| ${r.units.toLocaleString("en")} units${r.note ? ` (${r.note.slice(0, 80)})` : ""} | ${engine} | ${typing} | ${build} |`);
  }
  return lines;
}

export interface TypingOutcome {
  slices: SearchRow["slices"];
  typing: SearchRow["typing"];
  /** Every keystroke: the text typed so far and its time to results painted (ms). */
  samples: { text: string; ms: number }[];
  note?: string;
}

/**
 * Typing → results painted, in a fresh page at `url`: the box is focused (the index is built in
 * slices, as for a user), then each query is typed one character at a time, the box emptied
 * after each. `during` runs around the typing (e.g. to take a CPU profile).
 */
export async function measureTyping(
  browser: Browser,
  url: string,
  typed: readonly string[],
  timeoutMs: number,
  during?: {
    start: (page: Page) => Promise<void>;
    stop: (page: Page) => Promise<void>;
    /** Around each timed keystroke (not the emptying of the box). */
    before?: (page: Page) => Promise<void>;
    after?: (page: Page, text: string, ms: number) => Promise<void>;
  },
): Promise<TypingOutcome> {
  const out: TypingOutcome = { slices: null, typing: null, samples: [] };
  const opened = await openAndWait(browser, url, timeoutMs, { reducedMotion: "reduce" });
  if (!opened.ok) return { ...out, note: opened.message };
  const { page } = opened.loaded;
  type Typer = { __typeTimed: (i: Element, t: string) => Promise<number> };
  try {
    await page.evaluate(TYPE); // not an inline <script>: the page runs under its CSP
    // Found once: a locator is resolved again at each call, by a query over the whole page run on
    // its main thread between keystrokes (more options mounted, a longer query), which a user's
    // keystrokes never pay and which shifts where each keystroke falls in the frame.
    const input = await page.getByRole("combobox", { name: /Qui fait quoi/ }).elementHandle();
    const t0 = Date.now();
    await input.focus();
    await page.waitForFunction(() => window.__bench?.searchBuild !== undefined, null, { timeout: timeoutMs });
    const wallMs = Date.now() - t0;
    const build = await page.evaluate(() => window.__bench?.searchBuild ?? null);
    if (build) out.slices = { ...build, wallMs };
    await during?.start(page);
    for (const q of typed) {
      for (let k = 1; k <= q.length; k++) {
        await during?.before?.(page);
        const ms = await input.evaluate((el, text) => (window as unknown as Typer).__typeTimed(el, text), q.slice(0, k));
        await during?.after?.(page, q.slice(0, k), ms);
        if (Number.isFinite(ms)) out.samples.push({ text: q.slice(0, k), ms });
      }
      await input.evaluate((el) => (window as unknown as Typer).__typeTimed(el, ""));
    }
    await during?.stop(page);
    const ms = out.samples.map((s) => s.ms);
    const slowest = [...out.samples].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => `${s.text}: ${s.ms.toFixed(0)} ms`);
    if (ms.length) out.typing = { keystrokes: ms.length, ...latencySummary(ms), slowest };
  } catch (error) {
    out.note = error instanceof Error ? error.message : String(error);
  } finally {
    await close(opened.loaded);
  }
  return out;
}
