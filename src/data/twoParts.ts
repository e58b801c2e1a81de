// Reads a dataset published in two parts (domain/datasetParts.ts): the chart's structure now, the
// details when `details()` is first called (main.tsx calls it once the chart is drawn). The details
// are read as they stream in, in the page's idle time, so it keeps drawing frames.
import { assembleStructure, isStructureFile, readDetails } from "../domain/datasetParts.ts";
import type { Dataset } from "../domain/schema.ts";
import { loadPlanner } from "../layout/plannerLoader.ts";
import type { LoadedDataset } from "./dataset.ts";

const fileName = (url: string) => new URL(url, location.href).pathname.split("/").pop() ?? url;
// Lines are read in the main thread's idle time only, so that frames come first: a pan that starts
// while the details stream in (the deep link opens the panel, which wants them) stays fluid.
const idleSlice = () =>
  new Promise<{ timeRemaining: () => number }>((resolve) => {
    if ("requestIdleCallback" in window) requestIdleCallback(resolve, { timeout: 1000 });
    else setTimeout(() => resolve({ timeRemaining: () => 8 }), 0);
  });
// A line (200 units, ~66 KB) parses in ~1–3 ms; start one only with this much of the idle period left.
const LINE_MS = 4;
// While the user pans, zooms or types, reading waits (the download waits too, held by the stream):
// idle periods between frames are too short for a line and its garbage on a slow machine.
const QUIET_MS = 300;
let lastInput = -Infinity;
const INPUTS = ["pointerdown", "pointermove", "wheel", "keydown", "touchmove"] as const;
const onInput = () => (lastInput = performance.now());
async function quiet(): Promise<void> {
  for (let wait = lastInput + QUIET_MS - performance.now(); wait > 0; wait = lastInput + QUIET_MS - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

async function streamDetails(data: Dataset, key: string, url: string): Promise<Dataset> {
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${fileName(url)} : HTTP ${response.status}`);
  const reader = readDetails(data, key, fileName(url));
  const stream = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  try {
    return await readLines(reader, stream, start);
  } finally {
    for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
  }
}

async function readLines(reader: ReturnType<typeof readDetails>, stream: ReadableStreamDefaultReader<string>, start: number): Promise<Dataset> {
  let buffer = "";
  let idle = await idleSlice();
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    buffer += value;
    for (let end = buffer.indexOf("\n"); end >= 0; end = buffer.indexOf("\n")) {
      if (performance.now() - lastInput < QUIET_MS) {
        await quiet();
        idle = await idleSlice();
      }
      if (idle.timeRemaining() < LINE_MS) idle = await idleSlice();
      reader.line(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
    }
  }
  reader.line(buffer);
  const complete = reader.finish();
  if (window.__bench) performance.measure("bench:details", { start, end: performance.now() });
  return complete;
}

/**
 * The chart's dataset from a structure file, once the outline planner is loaded too: a two-part
 * dataset is large, so its chart needs the planner, and fetched while the structure is read it is
 * there for the chart's first render rather than asked for after its first commit.
 */
export async function readStructure(json: unknown, url: string): Promise<LoadedDataset> {
  if (!isStructureFile(json)) throw new Error(`${fileName(url)} : not a structure file`);
  const planner = loadPlanner();
  const start = performance.now();
  const data = assembleStructure(json, fileName(url));
  if (window.__bench) performance.measure("bench:structure", { start, end: performance.now() });
  const detailsUrl = new URL(json.details, new URL(url, location.href)).href;
  await planner;
  let pending: Promise<Dataset> | null = null;
  const details = () =>
    (pending ??= streamDetails(data, json.key, detailsUrl).catch((error: unknown) => {
      pending = null; // the next call tries again
      throw error;
    }));
  return { data, details };
}
