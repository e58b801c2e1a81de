// Reads the top-level data/*.json files for validateDataset. Keys are repo-relative
// ("data/2010.json") whatever dataDir is. Bytes are decoded as strict UTF-8 and parsed as
// strict JSON; a file that fails becomes a marker carrying its located errors.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDataFile } from "../src/domain/parseJsonStrict.ts";

export function readDataFiles(dataDir = "data"): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  if (!existsSync(dataDir)) return files;
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
    const file = `data/${entry.name}`;
    files[file] = parseDataFile(readFileSync(join(dataDir, entry.name)), file);
  }
  return files;
}
