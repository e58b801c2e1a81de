// Shared by the competitor pages: read ?units=, fetch the same synthetic organisation the app
// gets (dist/bench-data/), and expose window.__bench with the app's semantics.
import { assembleStructure, isStructureFile } from "../../src/domain/datasetParts.ts";
import type { Unit } from "../../src/domain/schema.ts";

export interface CompetitorBench {
  ready: boolean;
  firstRenderMs: number;
  units: number;
  /** performance.now() once the data is fetched and parsed (bench/denseZoom.ts: render time = firstRenderMs − dataMs). */
  dataMs?: number;
  error?: string;
}

// Same shape as the app's window.__bench (src/bench/benchMode.ts), plus an error message.
const target = window as unknown as { __bench?: CompetitorBench };

// The bench sizes, and any other count bench/denseZoom.ts writes (as many units as the cards it mounted).
const SIZE = /^[1-9]\d{1,5}$/;

export async function loadUnits(): Promise<Unit[]> {
  const units = new URLSearchParams(location.search).get("units") ?? "";
  if (!SIZE.test(units)) throw new Error(`?units= must be a count of units from 10 to 999999, got "${units}"`);
  const response = await fetch(`../bench-data/synthetic-${units}.json`);
  if (!response.ok) throw new Error(`synthetic-${units}: HTTP ${response.status}`);
  const json = (await response.json()) as unknown;
  // From 5,000 units the bench publishes the chart's structure only (src/domain/datasetParts.ts),
  // as for the app: ids, parents, names and codes, all that the libraries' cards show.
  const list = isStructureFile(json)
    ? assembleStructure(json, `synthetic-${units}.json`).versions[0]?.units
    : (json as Record<string, { units?: Unit[] }>)["data/synthetic.json"]?.units;
  if (!list) throw new Error(`synthetic-${units}.json has no units`);
  if (target.__bench) target.__bench.dataMs = performance.now();
  return list;
}

export function startBench(): CompetitorBench {
  const state: CompetitorBench = { ready: false, firstRenderMs: 0, units: 0 };
  target.__bench = state;
  return state;
}

/** Marks ready after `frames` animation frames (and that last frame's rendering work). */
export function readyAfterFrames(state: CompetitorBench, frames = 1): void {
  const step = (left: number) =>
    requestAnimationFrame(() => {
      if (left > 1) return step(left - 1);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.firstRenderMs = performance.now();
        state.ready = true;
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
  step(frames);
}

export function fail(state: CompetitorBench, error: unknown): void {
  state.error = error instanceof Error ? error.message : String(error);
  console.error(error);
}

/**
 * The chart area the harness measured for our chart pane (?w=&h=), so the three renderers draw
 * the same number of pixels; the whole window when absent.
 */
export function sizeChart(container: HTMLElement): { width: number; height: number } {
  const params = new URLSearchParams(location.search);
  const w = Number(params.get("w"));
  const h = Number(params.get("h"));
  if (w > 0 && h > 0) {
    container.style.width = `${w}px`;
    container.style.height = `${h}px`;
  }
  return { width: container.clientWidth, height: container.clientHeight };
}

/** ?focus=<unit id>: centre that unit at a readable zoom (the library's own API) instead of fitting. */
export const focusId = (): string | null => new URLSearchParams(location.search).get("focus");
