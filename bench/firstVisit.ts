// Everything a first visit downloads until the page is idle: HTML, JS, CSS, fonts, data and the
// chunks fetched at idle. Each body is counted raw and gzipped here at zlib level 9 (the static
// host's compression; the preview server does not compress), fonts (woff2) included as they are.
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { VIEWPORT } from "./measure.ts";

export interface FirstVisit {
  gzipLevel: number;
  totalBytes: number;
  totalGzip: number;
  byKind: Record<string, { files: number; bytes: number; gzip: number }>;
}

const kindOf = (url: string, type: string): string => {
  if (/\.woff2?$/.test(url)) return "font";
  if (/\.json$/.test(url)) return "data";
  if (/\.css$/.test(url)) return "css";
  if (/\.js$/.test(url)) return "js";
  if (type === "document") return "html";
  return "other";
};

export async function firstVisitBytes(browser: Browser, url: string, idleMs = 6000): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const bodies: Promise<{ kind: string; bytes: number; gzip: number } | null>[] = [];
  page.on("response", (response) => {
    bodies.push(
      response
        .body()
        .then((body) => ({ kind: kindOf(new URL(response.url()).pathname, response.request().resourceType()), bytes: body.length, gzip: /\.woff2?$/.test(response.url()) ? body.length : gzipSync(body, { level: 9 }).length }))
        .catch(() => null),
    );
  });
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    // The app fetches its on-demand chunks at idle (requestIdleCallback, ≤ 5 s): wait past it.
    await page.waitForTimeout(idleMs);
    await page.waitForLoadState("networkidle");
    const all = (await Promise.all(bodies)).filter((b) => b !== null);
    const byKind: FirstVisit["byKind"] = {};
    for (const b of all) {
      const k = (byKind[b.kind] ??= { files: 0, bytes: 0, gzip: 0 });
      k.files++;
      k.bytes += b.bytes;
      k.gzip += b.gzip;
    }
    return { gzipLevel: 9, totalBytes: all.reduce((s, b) => s + b.bytes, 0), totalGzip: all.reduce((s, b) => s + b.gzip, 0), byKind };
  } finally {
    await context.close().catch(() => undefined);
  }
}
