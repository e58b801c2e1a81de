// The whole check of npm run check:data, shared with the Vite plugin so that the build and the
// dev server report exactly the same lines: the data files, then the generated JSON Schemas.
import { basename, dirname, resolve } from "node:path";
import type { DataError } from "../src/domain/dataErrors.ts";
import { validateDataset, type ValidationResult } from "../src/domain/validateDataset.ts";
import { staleJsonSchemaFiles } from "./jsonSchemaFiles.ts";
import { readDataFiles } from "./readDataFiles.ts";

/** The data folder: DGOS_DATA_DIR if set (tests point it at a broken copy), else <root>/data. */
export function dataDirOf(root: string): string {
  return resolve(root, process.env.DGOS_DATA_DIR || "data");
}

export interface DataCheck {
  result: ValidationResult;
  /** Every error: the dataset's, then one per out-of-date schema file. */
  errors: DataError[];
}

/**
 * Validates the folder `dataDir`. File names in errors are "data/…" whatever the folder is
 * called; the schemas are looked for in its schema/ subfolder.
 */
export function checkDataDir(dataDir: string): DataCheck {
  const result = validateDataset(readDataFiles(dataDir));
  const errors = result.ok ? [] : [...result.errors];
  // staleJsonSchemaFiles takes the folder holding data/: map ours onto that layout.
  const schemaRoot = basename(dataDir) === "data" ? dirname(dataDir) : null;
  const stale = schemaRoot === null ? [] : staleJsonSchemaFiles(schemaRoot);
  for (const path of stale) {
    errors.push({ file: path, path: "", message: "out of date with src/domain/schema.ts; run npm run schema:data" });
  }
  return { result, errors };
}
