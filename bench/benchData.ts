// Writes a synthetic organisation where the app's bench mode reads it (<dir>/bench-data/), the way
// a dataset of that size is published: one file, or from SPLIT_MIN_UNITS units the chart's structure
// plus the details (src/domain/datasetParts.ts). The caller has validated it (or trusts the generator).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SPLIT_MIN_UNITS, splitDataset } from "../src/domain/datasetParts.ts";
import type { Dataset } from "../src/domain/schema.ts";
import { datasetFiles } from "./generateOrg.ts";

export function writeBenchDataset(dir: string, units: number, dataset: Dataset): void {
  const folder = join(dir, "bench-data");
  mkdirSync(folder, { recursive: true });
  const name = `synthetic-${units}`;
  const total = dataset.versions.reduce((sum, v) => sum + v.units.length, 0);
  if (total < SPLIT_MIN_UNITS) {
    writeFileSync(join(folder, `${name}.json`), JSON.stringify(datasetFiles(dataset)));
    return;
  }
  const parts = splitDataset(dataset, `${name}.details.jsonl`);
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(parts.structure));
  writeFileSync(join(folder, `${name}.details.jsonl`), parts.details);
}
