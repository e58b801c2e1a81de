// In-page measurements, shared by the app and the competitor pages. Every timing ends on a
// rendered frame: the rAF after the change, then a message posted from it (runs once the
// frame's style/layout/paint work is done).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { waitForBench, waitForCentredNode } from "./pageWait.ts";
import { frameStats, type FrameStats } from "./stats.ts";

export const VIEWPORT = { width: 1280, height: 800 };

export interface Loaded {
  context: BrowserContext;
  page: Page;
  firstRenderMs: number;
  heapMB: number | null;
  marks: Record<string, number>;
}

export type LoadOutcome = { ok: true; loaded: Loaded } | { ok: false; reason: "timeout" | "error"; message: string };

async function closeQuietly(context: BrowserContext): Promise<void> {
  await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
}

/** Opens `url` in a fresh context and waits for window.__bench.ready. */
export interface OpenOptions {
  reducedMotion?: "reduce";
  /** CDP Emulation.setCPUThrottlingRate (4 = a CPU four times slower), set before navigation. */
  cpuThrottle?: number;
  /**
   * Ready when this unit's card is in the DOM (polled on every animation frame; the time is that
   * frame's), rather than at window.__bench.ready: our deep link's « readable view ».
   */
  readyOnNode?: string;
}

export async function openAndWait(browser: Browser, url: string, timeoutMs: number, options: OpenOptions = {}): Promise<LoadOutcome> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}) });
  // tsx (esbuild keepNames) wraps named functions of page.evaluate callbacks in __name().
  await context.addInitScript({ content: "globalThis.__name ??= (f) => f;" });
  // Bench mode shows a synthetic organisation: index.html's preload of the real data is
  // unrelated work there, so it is not served (aborted before it reaches the network).
  await context.route("**/dgos-data.json", (route) => route.abort());
  const page = await context.newPage();
  if (options.cpuThrottle && options.cpuThrottle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuThrottle });
  }
  const errors: string[] = [];
  // An uncaught error before the first render is fatal: fail now rather than at the timeout.
  let onError: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (onError = reject));
  failed.catch(() => undefined);
  page.on("pageerror", (e) => {
    errors.push(e.message);
    onError(new Error(`uncaught error in the page`));
  });
  try {
    const response = await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
    if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()} for ${url}`);
    const bench = await Promise.race([failed, waitForBench(page, timeoutMs)]);
    if (!bench.ready) throw new Error(bench.error ?? "not ready");
    if (options.readyOnNode) {
      const at = await Promise.race([failed, waitForCentredNode(page, options.readyOnNode, timeoutMs)]);
      bench.firstRenderMs = Math.max(bench.firstRenderMs, at);
    }
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("measure").filter((m) => m.name.startsWith("bench:")).map((m) => [m.name.slice(6), m.duration])),
    );
    return { ok: true, loaded: { context, page, firstRenderMs: bench.firstRenderMs, heapMB: await heapMB(page), marks } };
  } catch (error) {
    await closeQuietly(context);
    const message = [error instanceof Error ? error.message.split("\n")[0] : String(error), ...errors].join(" | ");
    return { ok: false, reason: /timeout/i.test(message) ? "timeout" : "error", message };
  }
}

export async function close(loaded: Loaded): Promise<void> {
  await closeQuietly(loaded.context);
}

/** Used JS heap after a forced GC, via CDP. */
async function heapMB(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    await cdp.detach();
    const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
    return used === undefined ? null : used / 1024 / 1024;
  } catch {
    return null;
  }
}

const SCRIPT_MS = 3000;

/**
 * ~3 s of wheel zooms and drag pans over `selector`, with a rAF loop recording frame intervals
 * and the main-thread work of each frame.
 * Returns null when the element is not there.
 */
export async function frameScript(page: Page, selector: string, mode: "zoom-pan" | "pan" = "zoom-pan"): Promise<FrameStats | null> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) return null;
  const pause = (ms: number) => page.waitForTimeout(ms);
  // Centre of the part of the chart inside the viewport (the app's chart may extend below the fold).
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, VIEWPORT.height);
  if (bottom - top < 100) return null;
  const cx = Math.max(box.x, 0) + (Math.min(box.x + box.width, VIEWPORT.width) - Math.max(box.x, 0)) / 2;
  const cy = (top + bottom) / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __work: number[]; __frameRun: boolean };
    w.__frames = [];
    w.__work = [];
    w.__frameRun = true;
    let last = 0;
    // Frame work: from the frame's start (the rAF timestamp, before input handling) to the first
    // task after its rendering step, which a message posted from rAF is.
    const channel = new MessageChannel();
    const starts: number[] = [];
    channel.port1.onmessage = () => {
      const start = starts.shift();
      if (start !== undefined) w.__work.push(performance.now() - start);
    };
    const loop = (t: number) => {
      if (last) w.__frames.push(t - last);
      last = t;
      starts.push(t);
      channel.port2.postMessage(0);
      if (w.__frameRun) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  // Input events wait for the renderer: on a slow page the script is cut at SCRIPT_MS of input.
  const deadline = Date.now() + SCRIPT_MS;
  const wheel = async (dy: number, times: number) => {
    for (let i = 0; i < times && Date.now() < deadline; i++) {
      await page.mouse.wheel(0, dy);
      await pause(60);
    }
  };
  const drag = async (dx: number, dy: number, steps: number) => {
    if (Date.now() >= deadline) return;
    // Grab the background, as a user does to pan: a drag that starts on one of our cards does
    // not pan (it would select), and the readable view centres a card under (cx, cy).
    const [x0, y0] = mode === "pan" ? await backgroundPoint(page, selector, cx, cy) : [cx, cy];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 1; i <= steps && Date.now() < deadline; i++) {
      await page.mouse.move(x0 + (dx * i) / steps, y0 + (dy * i) / steps);
      await pause(16);
    }
    await page.mouse.up();
    await page.mouse.move(cx, cy);
  };
  if (mode === "pan") {
    // Readable pan: drags only (the zoom stays where the readable view put it), back and forth
    // across the tree for ~3 s.
    const moves: [number, number][] = [[300, 0], [-300, 120], [-300, 0], [300, -120]];
    for (let i = 0; Date.now() < deadline; i++) {
      const [dx, dy] = moves[i % moves.length] as [number, number];
      await drag(dx, dy, 20);
    }
  } else {
    await wheel(-120, 8);
    await drag(320, 160, 25);
    await wheel(120, 5);
    await drag(-320, -160, 25);
    await wheel(-120, 3);
  }
  await pause(100);
  const { deltas, work } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __work: number[]; __frameRun: boolean };
    w.__frameRun = false;
    return { deltas: w.__frames, work: w.__work };
  });
  return frameStats(deltas, work);
}

/** The point nearest (cx, cy) where the chart's own background is under the pointer (not a card, node or label). */
function backgroundPoint(page: Page, selector: string, cx: number, cy: number): Promise<[number, number]> {
  return page.evaluate(
    ({ selector, cx, cy }) => {
      const svg = document.querySelector(selector);
      // Few hit tests (each one costs main-thread time inside the measured frames).
      for (let r = 0; r <= 240; r += 24) {
        for (let a = 0; a < 8; a++) {
          const [x, y] = [cx + r * Math.cos((a * Math.PI) / 4), cy + r * Math.sin((a * Math.PI) / 4)];
          if (document.elementFromPoint(x, y) === svg) return [x, y] as [number, number];
          if (r === 0) break;
        }
      }
      return [cx, cy] as [number, number];
    },
    { selector, cx, cy },
  );
}

/** Runs `action` in the page, then resolves with the time until the next rendered frame (where `until` holds; NaN after 5 s). */
const TIMED = `
  window.__timed = (action, until) => new Promise((resolve) => {
    const t0 = performance.now();
    action();
    const settle = () => requestAnimationFrame(() => {
      if (until && !until()) return performance.now() - t0 > 5000 ? resolve(NaN) : settle();
      const c = new MessageChannel();
      c.port1.onmessage = () => { c.port1.close(); resolve(performance.now() - t0); };
      c.port2.postMessage(null);
    });
    settle();
  });`;

/** Folds or unfolds a tree node (its toggle, else its arrow key); null when the node is not in the DOM. */
export async function timeToggle(page: Page, unitId: string): Promise<number | null> {
  await page.evaluate(TIMED); // not an inline <script>: the page runs under its CSP
  return page.evaluate(async (id) => {
    const node = document.querySelector(`[data-node="${CSS.escape(id)}"]`);
    if (!node) return null;
    const timed = (window as unknown as { __timed: (a: () => void) => Promise<number> }).__timed;
    const toggle = node.querySelector(".card__toggle");
    if (toggle) return timed(() => toggle.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true })));
    // No toggle drawn: the tree's keys (ArrowLeft folds an open node, ArrowRight opens a folded one).
    const key = node.getAttribute("aria-expanded") === "true" ? "ArrowLeft" : "ArrowRight";
    (node as HTMLElement).focus();
    return timed(() => node.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true })));
  }, unitId);
}

/** Click on the chart toolbar button whose text is `label`; null when absent. */
export async function timeButton(page: Page, label: string): Promise<number | null> {
  await page.evaluate(TIMED); // not an inline <script>: the page runs under its CSP
  return page.evaluate(async (text) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>(".chart__controls button")].find((b) => b.textContent?.trim() === text);
    if (!button) return null;
    const timed = (window as unknown as { __timed: (a: () => void) => Promise<number> }).__timed;
    return timed(() => button.click());
  }, label);
}

/** Types `query` into the « Qui fait quoi ? » combobox; time until options are shown and painted. */
export async function timeSearch(page: Page, query: string, timeoutMs = 10_000): Promise<number | null> {
  await page.evaluate(TIMED); // not an inline <script>: the page runs under its CSP
  const input = page.getByRole("combobox", { name: /Qui fait quoi/ });
  await input.focus({ timeout: timeoutMs });
  const ms = await input.evaluate(async (el, q) => {
    const inputEl = el as HTMLInputElement;
    const listbox = document.getElementById(inputEl.getAttribute("aria-controls") ?? "");
    if (!listbox) return null;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    const type = (value: string) => {
      setValue?.call(inputEl, value);
      inputEl.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const timed = (window as unknown as { __timed: (a: () => void, until?: () => boolean) => Promise<number> }).__timed;
    const took = await timed(() => type(q), () => listbox.querySelector('[role="option"]') !== null);
    await timed(() => type(""));
    return took;
  }, query);
  return ms;
}

export interface ScreenProbe {
  /** Share of the chart area covered by the drawn tree's bounding box (0–1). */
  coverage: number | null;
  /** On-screen size of a card's name text, px (the focused unit's when given). */
  textPx: number | null;
}

const CONTENT: Record<string, { svg: string; content: string; text: string }> = {
  ours: { svg: "svg.chart__svg", content: "g.chart__viewport", text: "text.card__name" },
  "d3-org-chart": { svg: "svg.svg-chart-container", content: "g.chart", text: ".name" },
  "react-d3-tree": { svg: "svg.rd3t-svg", content: "g.rd3t-g", text: "text.rd3t-label__title" },
};

/** What is on screen: how much of the chart the tree covers, and how large its text is. */
export async function screenProbe(page: Page, target: string, focus?: { id: string; name: string }): Promise<ScreenProbe> {
  const sel = CONTENT[target];
  if (!sel) return { coverage: null, textPx: null };
  return page.evaluate(
    ({ sel, focus }) => {
      const svg = document.querySelector(sel.svg);
      const content = svg?.querySelector(sel.content);
      let coverage: number | null = null;
      if (svg && content) {
        const c = svg.getBoundingClientRect();
        const vw = Math.min(c.right, innerWidth) - Math.max(c.left, 0);
        const vh = Math.min(c.bottom, innerHeight) - Math.max(c.top, 0);
        const r = content.getBoundingClientRect();
        const w = Math.max(0, Math.min(r.right, c.right, innerWidth) - Math.max(r.left, c.left, 0));
        const h = Math.max(0, Math.min(r.bottom, c.bottom, innerHeight) - Math.max(r.top, c.top, 0));
        coverage = vw > 0 && vh > 0 ? (w * h) / (vw * vh) : null;
      }
      const text: Element | null = focus
        ? (document.querySelector(`[data-node="${CSS.escape(focus.id)}"] ${sel.text}`) ??
          document.querySelector(`[data-unit="${CSS.escape(focus.id)}"] ${sel.text}`) ??
          [...document.querySelectorAll(sel.text)].find((t) => t.textContent === focus.name) ??
          null)
        : (svg?.querySelector(sel.text) ?? null);
      let textPx: number | null = null;
      if (text) {
        const graphic = (text instanceof SVGGraphicsElement ? text : text.closest("foreignObject")) as SVGGraphicsElement | null;
        const scale = graphic?.getScreenCTM()?.a ?? null;
        textPx = scale === null ? null : parseFloat(getComputedStyle(text).fontSize) * scale;
      }
      return { coverage, textPx };
    },
    { sel, focus: focus ?? null },
  );
}
