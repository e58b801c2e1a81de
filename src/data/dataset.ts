// The DGOS dataset, fetched at start-up from the file the build publishes (scripts/dataCheckPlugin.ts,
// which validated it): the app trusts it and assembles it without re-parsing with zod.
// A large dataset may instead be published in two parts (domain/datasetParts.ts): the structure,
// enough to draw the chart, then the details, fetched by `details()` once the chart is drawn.
import { assembleDataset } from "../domain/assembleDataset.ts";
import type { Dataset } from "../domain/schema.ts";
import { loadPlanner } from "../layout/plannerLoader.ts";

export const DATA_URL = "./dgos-data.json";

export interface LoadedDataset {
  data: Dataset;
  /** For a two-part dataset: fetches the details and resolves to the complete dataset; null when `data` is complete. */
  details: (() => Promise<Dataset>) | null;
}

export async function loadDataset(url = DATA_URL): Promise<LoadedDataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
  const json = (await response.json()) as Record<string, unknown>;
  // The two-part reader is fetched only for such a file: the DGOS data is one small file. Such a
  // dataset is large, so its chart needs the outline planner: fetched alongside, it is there for
  // the chart's first render rather than asked for after its first commit.
  if (json.format === "organigramme-structure/2") {
    const [{ readStructure }] = await Promise.all([import("./twoParts.ts"), loadPlanner()]);
    return readStructure(json, response.url || url);
  }
  return { data: assembleDataset(json), details: null };
}
