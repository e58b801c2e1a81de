// Reads a dataset published in two parts (domain/datasetParts.ts): the chart's structure now, the
// details when `details()` is first called (main.tsx calls it once the chart is drawn). The details
// are read as they stream in, a line (500 units) per task, so the page keeps drawing frames.
import { assembleStructure, isStructureFile, readDetails } from "../domain/datasetParts.ts";
import type { Dataset } from "../domain/schema.ts";
import type { LoadedDataset } from "./dataset.ts";

const fileName = (url: string) => new URL(url, location.href).pathname.split("/").pop() ?? url;
// A new task, so a frame can be drawn between two lines.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function streamDetails(data: Dataset, key: string, url: string): Promise<Dataset> {
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${fileName(url)} : HTTP ${response.status}`);
  const reader = readDetails(data, key, fileName(url));
  const stream = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    buffer += value;
    for (let end = buffer.indexOf("\n"); end >= 0; end = buffer.indexOf("\n")) {
      reader.line(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      await nextTask();
    }
  }
  reader.line(buffer);
  const complete = reader.finish();
  if (window.__bench) performance.measure("bench:details", { start, end: performance.now() });
  return complete;
}

export function readStructure(json: unknown, url: string): LoadedDataset {
  if (!isStructureFile(json)) throw new Error(`${fileName(url)} : not a structure file`);
  const start = performance.now();
  const data = assembleStructure(json, fileName(url));
  if (window.__bench) performance.measure("bench:structure", { start, end: performance.now() });
  const detailsUrl = new URL(json.details, new URL(url, location.href)).href;
  let pending: Promise<Dataset> | null = null;
  const details = () =>
    (pending ??= streamDetails(data, json.key, detailsUrl).catch((error: unknown) => {
      pending = null; // the next call tries again
      throw error;
    }));
  return { data, details };
}
