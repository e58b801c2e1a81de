// Lighthouse 12 (default config = mobile preset, simulated throttling) on the real DGOS data,
// in the same Chromium binary as the rest of the bench, launched by chrome-launcher.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseResult {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** Key metrics (ms), to tell where the performance score goes. */
  metrics: Record<string, number | null>;
  /** Audits that failed in accessibility or best practices, and the top performance opportunities. */
  failing: string[];
  durationMs: number;
  /** Performance scores of every run, when several were made (the fields above are the median run's). */
  runs?: (number | null)[];
  error?: string;
}

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"];

export async function runLighthouse(url: string, chromePath: string, flags: readonly string[], timeoutMs: number): Promise<LighthouseResult> {
  const start = Date.now();
  const empty = { performance: null, accessibility: null, bestPractices: null, metrics: {}, failing: [] };
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...flags], logLevel: "silent" });
    const port = chrome.port;
    const run = lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const result = await Promise.race([run, timeout]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    if (lhr.runtimeError) throw new Error(`Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => lhr.categories[id]?.score ?? null;
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
    const failing: string[] = [];
    for (const id of ["accessibility", "best-practices"]) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${id}: ${ref.id} (${audit.title})`);
      }
    }
    for (const audit of Object.values(lhr.audits)) {
      const savings = (audit.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs;
      if (audit.score !== null && audit.score < 0.9 && savings && savings > 50) failing.push(`performance: ${audit.id} (${audit.title}, ~${Math.round(savings)} ms)`);
    }
    return { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), metrics, failing, durationMs: Date.now() - start };
  } catch (error) {
    return { ...empty, durationMs: Date.now() - start, error: error instanceof Error ? error.message : String(error) };
  } finally {
    if (timer) clearTimeout(timer);
    try {
      chrome?.kill();
    } catch {
      // already gone
    }
  }
}
