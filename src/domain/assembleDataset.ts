// Builds a Dataset from data files keyed by repo-relative path. No validation here: the
// build already validated these files (scripts/dataCheckPlugin.ts), so the app skips zod at start-up.
import type { Dataset, Glossary, Lineage, Sources, Version } from "./schema.ts";

export type DataFileRole = "sources" | "glossary" | "lineage" | "version";

/** Which part of the dataset a top-level data/*.json file holds, by its name. */
export function fileRole(path: string): DataFileRole {
  const name = path.split("/").pop() ?? path;
  if (name === "sources.json") return "sources";
  if (name === "glossary.json") return "glossary";
  if (name === "lineage.json") return "lineage";
  return "version";
}

/** Versions are ordered chronologically by effective date, then id. */
export function compareVersions(a: Version, b: Version): number {
  return a.effectiveDate.value.localeCompare(b.effectiveDate.value) || a.id.localeCompare(b.id);
}

export function assembleDataset(files: Record<string, unknown>): Dataset {
  const versions: Version[] = [];
  let sources: Sources = { documents: [] };
  let glossary: Glossary = { entries: [] };
  let lineage: Lineage = { links: [] };
  for (const [path, content] of Object.entries(files)) {
    const role = fileRole(path);
    if (role === "sources") sources = content as Sources;
    else if (role === "glossary") glossary = content as Glossary;
    else if (role === "lineage") lineage = content as Lineage;
    else versions.push(content as Version);
  }
  versions.sort(compareVersions);
  return { sources, glossary, versions, lineage };
}

/** The inverse of assembleDataset: the files map ("data/<name>.json" → content) validateDataset reads. */
export function datasetFiles(dataset: Dataset): Record<string, unknown> {
  const files: Record<string, unknown> = {
    "data/sources.json": dataset.sources,
    "data/glossary.json": dataset.glossary,
    "data/lineage.json": dataset.lineage,
  };
  for (const version of dataset.versions) files[`data/${version.id}.json`] = version;
  return files;
}
