// The DGOS dataset, fetched at start-up from the file the build publishes (scripts/dataCheckPlugin.ts,
// which validated it): the app trusts it and assembles it without re-parsing with zod.
import { assembleDataset } from "../domain/assembleDataset.ts";
import type { Dataset } from "../domain/schema.ts";

export const DATA_URL = "./dgos-data.json";

export async function loadDataset(url = DATA_URL): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
  return assembleDataset((await response.json()) as Record<string, unknown>);
}
