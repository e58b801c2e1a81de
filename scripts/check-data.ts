// npm run check:data [-- --dir <folder>] — validates data/ (or another folder laid out like it,
// also given by DGOS_DATA_DIR) and checks the JSON Schemas are up to date.
// Prints every error (file: path: message, at most 200 per file) and a summary, exit code 1;
// or one line of counts, exit code 0. Sets process.exitCode and lets Node end on its own:
// process.exit() would drop what a pipe has not read yet.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { dataReportLines } from "../src/domain/dataReport.ts";
import { checkDataDir, dataDirOf } from "./checkDataDir.ts";

const { values } = parseArgs({ options: { dir: { type: "string" } } });
const { result, errors } = checkDataDir(values.dir ? resolve(values.dir) : dataDirOf("."));

if (errors.length > 0 || !result.ok) {
  process.stderr.write(`${dataReportLines(errors).join("\n")}\n`);
  process.exitCode = 1;
} else {
  const { versions, lineage, glossary } = result.dataset;
  const perVersion = versions.map((v) => `${v.id}: ${v.units.length} units`).join(", ");
  console.log(
    `check:data: ok — ${versions.length} versions (${perVersion}), ${lineage.links.length} lineage links, ${glossary.entries.length} glossary entries`,
  );
}
