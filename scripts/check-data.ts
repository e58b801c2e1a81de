// npm run check:data — validates data/ and checks the JSON Schemas are up to date.
// Prints every error (file: path: message) and exits 1, or prints a summary and exits 0.
import { formatDataError } from "../src/domain/dataErrors.ts";
import { validateDataset } from "../src/domain/validateDataset.ts";
import { staleJsonSchemaFiles } from "./jsonSchemaFiles.ts";
import { readDataFiles } from "./readDataFiles.ts";

const result = validateDataset(readDataFiles("data"));
const lines = result.ok ? [] : result.errors.map(formatDataError);
for (const path of staleJsonSchemaFiles(".")) {
  lines.push(`${path}: (root): out of date with src/domain/schema.ts; run npm run schema:data`);
}

if (lines.length > 0 || !result.ok) {
  for (const line of lines) console.error(line);
  console.error(`check:data: ${lines.length} error${lines.length === 1 ? "" : "s"}`);
  process.exit(1);
}

const { versions, lineage, glossary } = result.dataset;
const perVersion = versions.map((v) => `${v.id}: ${v.units.length} units`).join(", ");
console.log(
  `check:data: ok — ${versions.length} versions (${perVersion}), ${lineage.links.length} lineage links, ${glossary.entries.length} glossary entries`,
);
