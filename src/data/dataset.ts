// The DGOS dataset, fetched at start-up from the file the build publishes (scripts/dataCheckPlugin.ts,
// which validated it): the app trusts it and assembles it without re-parsing with zod.
// A large dataset may instead be published in two parts (domain/datasetParts.ts): the structure,
// enough to draw the chart, then the details, fetched by `details()` once the chart is drawn.
import { assembleDataset } from "../domain/assembleDataset.ts";
import type { Dataset } from "../domain/schema.ts";
import { STRUCTURE_FORMAT } from "../domain/structureFormat.ts";

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
  // The two-part reader is fetched only for such a file: the DGOS data is one small file.
  if (json.format === STRUCTURE_FORMAT) return (await import("./twoParts.ts")).readStructure(json, response.url || url);
  return { data: assembleDataset(json), details: null };
}
