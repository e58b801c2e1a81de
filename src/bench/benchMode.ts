// Bench mode: `?dataset=synthetic-100|1000|10000|100000` loads a synthetic organisation written by
// `npm run bench` into dist/bench-data/ (validated there, like real data at build time), and exposes
// `window.__bench` so a harness knows when the tree is drawn. Lazy-loaded: the main chunk
// only checks whether the parameter is present. Nothing else is accepted, so the app can
// never be pointed at an arbitrary URL.
import type { Dataset } from "../domain/schema.ts";
import { loadDataset, type LoadedDataset } from "../data/dataset.ts";

export interface BenchState {
  ready: boolean;
  /** performance.now() (navigation start = 0) once the first fitted frame is rendered. */
  firstRenderMs: number;
  units: number;
  /**
   * Times the search box's own search (the app's lazy search engine: index, ranking, grouping,
   * excerpts) on each query, in this page: the index is built first and timed apart.
   */
  searchLatency?: (queries: readonly string[]) => Promise<{ buildMs: number; latencies: number[] }>;
  /** Set by the app once it has built its search index in slices (search box focused). */
  searchBuild?: { workMs: number; slices: number; longestMs: number };
}

declare global {
  interface Window {
    __bench?: BenchState;
  }
}

const NAME = /^synthetic-(100|1000|10000|100000)$/;

/** The bench dataset named by `?dataset=`, or null for anything but synthetic-100/1000/10000/100000. */
export function benchDatasetName(search: string): string | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const values = params.getAll("dataset");
  const name = values.length === 1 ? values[0] : undefined;
  return name !== undefined && NAME.test(name) ? name : null;
}

/**
 * Fetches `./bench-data/<name>.json` (same origin), the whole dataset or, from 10,000 units, its
 * structure (domain/datasetParts.ts), whose details come later through `details()`.
 */
export async function loadBenchDataset(name: string): Promise<LoadedDataset> {
  if (!NAME.test(name)) throw new Error(`unknown bench dataset "${name}"`);
  performance.mark("bench:fetch-start");
  // Same path as the bundled data: validateDataset ran when the file was written (bench/run.ts,
  // like the build for data/), so start-up only assembles it, without zod.
  const loaded = await loadDataset(`./bench-data/${name}.json`);
  performance.mark("bench:fetch-end");
  performance.measure("bench:fetch", "bench:fetch-start", "bench:fetch-end");
  return loaded;
}

/** Creates `window.__bench` (not ready) as early as possible. */
export function startBenchClock(): BenchState {
  // Navigation → bench mode running: HTML, main bundle, CSS and this chunk loaded and executed.
  performance.measure("bench:boot", { start: 0, end: performance.now() });
  const state: BenchState = { ready: false, firstRenderMs: 0, units: 0 };
  window.__bench = state;
  return state;
}

const FITTED = 'svg.chart__svg[data-fitted="true"]';

/**
 * Sets the unit count and the search timer, then waits for the chart to report its first fit. `ready` turns true
 * on the first animation frame after that, once the frame's style, layout and paint work is
 * done (a message posted from the rAF callback runs after the frame is rendered).
 */
export function exposeBench(structure: Dataset, details: (() => Promise<Dataset>) | null): void {
  const state = window.__bench ?? startBenchClock();
  state.units = structure.versions[0]?.units.length ?? 0;
  state.searchLatency = async (queries) => {
    // The search indexes missions: a two-part dataset's details first.
    const dataset = details ? await details() : structure;
    const [{ createSearchEngine }, { indexVersions }] = await Promise.all([import("../state/searchEngine.ts"), import("../domain/hierarchy.ts")]);
    const indexes = indexVersions(dataset);
    const options = { version: dataset.versions[0]?.id ?? "", allVersions: false };
    const t0 = performance.now();
    const engine = createSearchEngine(dataset, indexes);
    engine.groups("index", options); // the index is built on first use
    const buildMs = performance.now() - t0;
    const latencies = queries.map((query) => {
      const start = performance.now();
      // Every excerpt read, as the list did before it read only those in view.
      for (const group of engine.groups(query, options)) for (const item of group.items) void item.excerpt;
      return performance.now() - start;
    });
    return { buildMs, latencies };
  };
  performance.mark("bench:render-start");
  const onFrame = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.firstRenderMs = performance.now();
      state.ready = true;
      performance.measure("bench:render", "bench:render-start");
      // The chart's first commit (src/components/ChartPane.tsx) to this painted frame.
      if (performance.getEntriesByName("bench:commit-end").length > 0) performance.measure("bench:paint", "bench:commit-end");
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  };
  if (document.querySelector(FITTED)) {
    requestAnimationFrame(onFrame);
    return;
  }
  const observer = new MutationObserver(() => {
    if (!document.querySelector(FITTED)) return;
    observer.disconnect();
    requestAnimationFrame(onFrame);
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-fitted"] });
}
