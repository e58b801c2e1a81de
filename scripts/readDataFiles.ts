// Reads the top-level data/*.json files for validateDataset. Keys are repo-relative
// ("data/2010.json") whatever dataDir is; a JSON syntax error becomes a parse-error marker.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonText } from "../src/domain/dataErrors.ts";

export function readDataFiles(dataDir = "data"): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  if (!existsSync(dataDir)) return files;
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
    files[`data/${entry.name}`] = parseJsonText(readFileSync(join(dataDir, entry.name), "utf8"));
  }
  return files;
}
