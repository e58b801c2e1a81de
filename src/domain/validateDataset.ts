// Validates the data/ files as a whole: zod schema per file, then the invariants that span
// objects and files. Never throws; reports every error of every file at once.
import type { z } from "zod";
import { compareVersions } from "./assembleDataset.ts";
import { isParseErrorMarker, type DataError } from "./dataErrors.ts";
import {
  checkAcronyms,
  checkBodyAttachments,
  checkLineage,
  checkLineageCoverage,
  checkSourceRefs,
  checkUnitTree,
  checkVersionIds,
  checkVersionSources,
  type VersionFile,
} from "./invariants.ts";
import { Glossary, Lineage, Sources, Version, type Dataset } from "./schema.ts";
import { checkBidiControls } from "./textSafety.ts";
import { issueToDataErrors } from "./zodIssues.ts";

export const SOURCES_FILE = "data/sources.json";
export const GLOSSARY_FILE = "data/glossary.json";
export const LINEAGE_FILE = "data/lineage.json";

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/** Files of data/ that are data: top level only (data/schema/*.json are not). */
export function isDataFile(path: string): boolean {
  return /^data\/[^/]+\.json$/.test(path);
}

function parseFile<T>(schema: z.ZodType<T>, file: string, value: unknown, errors: DataError[]): T | undefined {
  if (value === undefined) {
    errors.push({ file, path: "", message: "file is missing" });
    return undefined;
  }
  if (isParseErrorMarker(value)) {
    errors.push(...value.errors);
    return undefined;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  errors.push(...result.error.issues.flatMap((issue) => issueToDataErrors(file, issue, value)));
  return undefined;
}

/**
 * @param files repo-relative path ("data/2010.json") → parsed JSON, or a ParseErrorMarker for a
 * file that is not valid UTF-8 / strict JSON (see parseDataFile). data/sources.json, data/glossary.json and data/lineage.json have
 * their own schema; every other top-level data/*.json is a Version.
 */
export function validateDataset(files: Record<string, unknown>): ValidationResult {
  const errors: DataError[] = [];
  try {
    // Every text of every file, whatever its schema says: a misleading character is refused anywhere.
    for (const file of Object.keys(files).filter(isDataFile).sort()) {
      if (!isParseErrorMarker(files[file])) errors.push(...checkBidiControls(file, files[file]));
    }
    const sources = parseFile(Sources, SOURCES_FILE, files[SOURCES_FILE], errors);
    const glossary = parseFile(Glossary, GLOSSARY_FILE, files[GLOSSARY_FILE], errors);
    const lineage = parseFile(Lineage, LINEAGE_FILE, files[LINEAGE_FILE], errors);

    const special = new Set([SOURCES_FILE, GLOSSARY_FILE, LINEAGE_FILE]);
    const versionPaths = Object.keys(files).filter((f) => isDataFile(f) && !special.has(f)).sort();
    if (versionPaths.length === 0) {
      errors.push({ file: "data/", path: "", message: "no version file (data/<version id>.json)" });
    }
    const versionFiles: VersionFile[] = [];
    const invalidVersionIds = new Set<string>();
    for (const file of versionPaths) {
      const version = parseFile(Version, file, files[file], errors);
      if (version) versionFiles.push({ file, version });
      else invalidVersionIds.add(file.replace(/^data\//, "").replace(/\.json$/, ""));
    }
    versionFiles.sort((a, b) => compareVersions(a.version, b.version));
    const versions = versionFiles.map((v) => v.version);

    errors.push(...checkVersionIds(versionFiles));
    for (const { file, version } of versionFiles) errors.push(...checkUnitTree(file, version), ...checkBodyAttachments(file, version));
    if (lineage) errors.push(...checkLineage(LINEAGE_FILE, lineage, versions, invalidVersionIds));

    if (sources) {
      const documents = new Set(sources.documents.map((d) => d.file));
      sources.documents.forEach((d, i) => {
        if (sources.documents.findIndex((o) => o.file === d.file) < i) {
          errors.push({ file: SOURCES_FILE, path: `documents[${i}].file`, message: `"${d.file}" is listed twice` });
        }
      });
      for (const { file, version } of versionFiles) {
        errors.push(...checkVersionSources(file, version, documents), ...checkSourceRefs(file, version, documents));
      }
      if (lineage) errors.push(...checkSourceRefs(LINEAGE_FILE, lineage, documents));
      if (glossary) errors.push(...checkSourceRefs(GLOSSARY_FILE, glossary, documents));
    }

    if (glossary) {
      const acronyms = new Set(glossary.entries.map((e) => e.acronym));
      const codes = new Set(versions.flatMap((v) => v.units.flatMap((u) => (u.code ? [u.code] : []))));
      for (const { file, version } of versionFiles) errors.push(...checkAcronyms(file, version, acronyms, codes));
    }

    // Last, and only on otherwise valid data: a broken link or unit would make its
    // neighbours look uncovered, burying the real error under a list of consequences.
    if (errors.length === 0 && lineage) errors.push(...checkLineageCoverage(LINEAGE_FILE, lineage, versions, invalidVersionIds));

    if (errors.length > 0 || !sources || !glossary || !lineage) return { ok: false, errors: sortErrors(errors) };
    return { ok: true, dataset: { sources, glossary, versions, lineage } };
  } catch (error) {
    // A bug here must not crash the build with a stack trace instead of the data errors.
    const message = `internal error while validating: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, errors: [...sortErrors(errors), { file: "data/", path: "", message }] };
  }
}

/** Groups errors by file (stable within a file: schema errors first, then invariants). */
function sortErrors(errors: DataError[]): DataError[] {
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.file < b.e.file ? -1 : a.e.file > b.e.file ? 1 : a.i - b.i))
    .map(({ e }) => e);
}
