// The everyday case: an agent opens the application's address, no parameter, the DGOS's own
// data. From navigation to the first painted frame where the chart's cards can be seen, and the
// first contentful paint, for the built app (dist/) and optionally another build (--before),
// interleaved on the same server. For optimising, not a gate.
//
//   npx tsx bench/defaultView.ts                          dist/ as built (npx vite build first)
//   npx tsx bench/defaultView.ts --before /tmp/old/dist --reps 9 --w 390 --h 844
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../tests/browser/chromium.ts";
import { arg } from "./cliArgs.ts";
import { servePrecompressed } from "./precompressed.ts";
import { spread } from "./stats.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const REPS = Number(arg("reps", "7"));
const VIEWPORT = { width: Number(arg("w", "1280")), height: Number(arg("h", "800")) };
const before = arg("before", "");

// Registered before the page's own scripts. A string: the page's CSP forbids eval, not this.
// The frame where a card is first seen: when it is the first frame, the cards are in the first
// contentful paint and share its time (presentation); otherwise the time is taken after that
// frame's paint on the main thread (a message posted from its rAF), which comes before its
// presentation: an underestimate for the build that shows its cards later.
const WATCH = `(function () {
  var frame = 0;
  var channel = new MessageChannel();
  // Checked after each frame's paint (a message posted from its rAF): what that frame showed,
  // whatever the order of the page's own rAF callbacks.
  channel.port1.onmessage = function () {
    var card = document.querySelector("[data-node]");
    if (card && card.checkVisibility({ visibilityProperty: true })) {
      window.__cardsFrame = frame;
      window.__cardsPainted = performance.now();
    } else requestAnimationFrame(tick);
  };
  function tick() {
    frame++;
    channel.port2.postMessage(0);
  }
  requestAnimationFrame(tick);
})();`;

const served = mkdtempSync(join(os.tmpdir(), "organigramme-default-"));
cpSync(join(ROOT, "dist"), served, { recursive: true });
if (before) cpSync(before, join(served, "before"), { recursive: true });
const { server, base } = await servePrecompressed(ROOT, served);
const browser = await launchBrowser();
const targets: Record<string, string> = before ? { dist: `${base}/`, before: `${base}/before/` } : { dist: `${base}/` };
const runs = new Map<string, { cards: number[]; frames: number[]; fcp: number[] }>(Object.keys(targets).map((t) => [t, { cards: [], frames: [], fcp: [] }]));
try {
  for (let rep = 0; rep < REPS; rep++) {
    for (const [name, url] of Object.entries(targets)) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      await page.locator('svg.chart__svg[data-fitted="true"]').waitFor({ timeout: 20_000 });
      const times = (await page.evaluate(
        `new Promise((done) => { (function wait() { if (window.__cardsPainted) done({ cards: window.__cardsPainted, frame: window.__cardsFrame, fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime }); else setTimeout(wait, 20); })(); })`,
      )) as { cards: number; frame: number; fcp: number };
      runs.get(name)?.cards.push(times.frame === 1 ? Math.max(times.fcp, times.cards) : times.cards);
      runs.get(name)?.frames.push(times.frame);
      runs.get(name)?.fcp.push(times.fcp);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (values: number[]) => {
  const s = spread(values);
  return s ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : "—";
};
console.log(`# Default view, ${VIEWPORT.width} × ${VIEWPORT.height}, ${REPS} runs (ms from navigation, median (min–max))\n`);
console.log("| build | cards on screen | first contentful paint | frame of the first cards |\n|---|---|---|---|");
for (const [name, r] of runs) console.log(`| ${name} | ${f(r.cards)} | ${f(r.fcp)} | ${f(r.frames)} |`);
