// A large dataset published in two parts: the structure (what the chart needs to lay out and draw:
// ids, names, kinds, parents, in columns: unitColumns.ts) and the details (missions, sources, notes: what the panel,
// the search and the exports read), fetched after the first view. At 100,000 units the one-file
// dataset weighs 47 MB and its JSON.parse alone costs most of a second; the structure is a tenth of
// it, and 100,000-long arrays of strings parse far faster than 100,000 objects.
//
// Both parts are written from files that already passed validateDataset (whose errors name the
// authored file and its JSON path); reading them only checks what would make them disagree.
import { formatDataError } from "./dataErrors.ts";
import type { Dataset, Glossary, Lineage, Missions, SourceRef, Sources, Unit, Version } from "./schema.ts";
import { STRUCTURE_FORMAT } from "./structureFormat.ts";
import { packUnits, PackedUnitsError, unpackUnits, type PackedUnits } from "./unitColumns.ts";

export { STRUCTURE_FORMAT };
export const DETAILS_FORMAT = "organigramme-details/1";

/**
 * From this many units (all versions together) a dataset is worth publishing in two parts: below
 * it the whole file parses in a few tens of milliseconds and a second request costs more than it saves.
 */
export const SPLIT_MIN_UNITS = 5000;

export interface StructureFile {
  format: typeof STRUCTURE_FORMAT;
  /** The details file, relative to this one. */
  details: string;
  /** Ties the two parts of one publication together (see {@link splitDataset}). */
  key: string;
  sources: Sources;
  glossary: Glossary;
  lineage: Lineage;
  versions: { header: Omit<Version, "units">; units: PackedUnits }[];
}

export type UnitDetails = Pick<Unit, "attachment" | "missions" | "note" | "context" | "sources">;

/** The details before they are written out as lines ({@link detailsText}). */
interface DetailsFile {
  format: typeof DETAILS_FORMAT;
  key: string;
  /** By version id, one entry per unit, in the structure's order. */
  versions: Record<string, UnitDetails[]>;
}

/** What a unit shows for its missions until its details arrive (never shown as missions: see `detailsPending`). */
export const PENDING_MISSIONS: Missions = Object.freeze({ status: "not-described", reason: "Détails en cours de chargement." });
const NO_SOURCES: SourceRef[] = Object.freeze([]) as unknown as SourceRef[];

export function isStructureFile(json: unknown): json is StructureFile {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === STRUCTURE_FORMAT;
}

/** A short fingerprint of every version's ids (FNV-1a), so details cannot be applied to another structure. */
function fingerprint(versions: readonly Version[]): string {
  let hash = 0x811c9dc5;
  let count = 0;
  for (const version of versions) {
    for (const unit of version.units) {
      count++;
      for (let i = 0; i < unit.id.length; i++) hash = Math.imul(hash ^ unit.id.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0x2c, 0x01000193);
    }
  }
  return `${count}-${(hash >>> 0).toString(36)}`;
}

/**
 * The two parts of a validated dataset: the structure, and the details as published text ({@link detailsText}).
 * `detailsName` is where the details file will be published, next to the structure.
 */
export function splitDataset(dataset: Dataset, detailsName: string, perLine = DETAILS_PER_LINE): { structure: StructureFile; details: string } {
  const key = fingerprint(dataset.versions);
  const details: Record<string, UnitDetails[]> = {};
  const versions = dataset.versions.map(({ units, ...header }) => {
    details[header.id] = units.map(({ id: _id, parent: _parent, kind: _kind, name: _name, shortName: _short, code: _code, ...rest }) => rest);
    return { header, units: packUnits(units) };
  });
  const { sources, glossary, lineage } = dataset;
  return {
    structure: { format: STRUCTURE_FORMAT, details: detailsName, key, sources, glossary, lineage, versions },
    details: detailsText({ format: DETAILS_FORMAT, key, versions: details }, perLine),
  };
}

/** Thrown when a part does not fit the other; the message names the file and the JSON path. */
export class DatasetPartError extends Error {
  override name = "DatasetPartError";
  constructor(file: string, path: string, message: string) {
    super(formatDataError({ file, path, message }));
  }
}

/**
 * The dataset the chart can draw from the structure alone: every unit has its id, name, kind and
 * parent; its missions and sources are placeholders and `detailsPending` is true until
 * {@link applyDetails}. `file` names the structure file in errors.
 */
export function assembleStructure(structure: StructureFile, file: string): Dataset {
  const versions: Version[] = structure.versions.map(({ header, units: packed }, v) => {
    try {
      return { ...header, units: unpackUnits(packed, { missions: PENDING_MISSIONS, sources: NO_SOURCES }) };
    } catch (error) {
      if (error instanceof PackedUnitsError) throw new DatasetPartError(file, `versions[${v}].units.${error.column}`, error.message);
      throw error;
    }
  });
  return { sources: structure.sources, glossary: structure.glossary, lineage: structure.lineage, versions, detailsPending: true };
}

/** Units per line of the published details: one line (~66 KB) parses in a few milliseconds, within a frame's idle time. */
export const DETAILS_PER_LINE = 200;

/**
 * The details file as published: a header line (format, key, units per version), then lines of at
 * most `perLine` units (`{"version", "from", "units"}`), so that a reader parses it a line at a time
 * and the page keeps drawing frames meanwhile (one JSON.parse of 33 MB would hold it for a second).
 */
export function detailsText(details: DetailsFile, perLine = DETAILS_PER_LINE): string {
  const counts = Object.fromEntries(Object.entries(details.versions).map(([id, list]) => [id, list.length]));
  const lines = [JSON.stringify({ format: details.format, key: details.key, units: counts })];
  for (const [version, list] of Object.entries(details.versions)) {
    for (let from = 0; from < list.length; from += perLine) lines.push(JSON.stringify({ version, from, units: list.slice(from, from + perLine) }));
  }
  return lines.join("\n");
}

export interface DetailsReader {
  /** Reads the next line of the file (header first), filling in its units. */
  line(text: string): void;
  /** Checks that every unit got its details; returns the dataset without `detailsPending`, as a new object. */
  finish(): Dataset;
}

/**
 * Gives the units of `dataset` (from {@link assembleStructure}) their details, in place, a line of
 * {@link detailsText} at a time: the chart's indexes and layouts, built on these very unit objects,
 * stay valid, and the views that read details wait for `finish()`'s new dataset. Errors name the
 * file, the line and the JSON path.
 */
export function readDetails(dataset: Dataset, key: string, file: string): DetailsReader {
  const byId = new Map(dataset.versions.map((v) => [v.id, v]));
  const received = new Map<string, number>();
  let lineNo = 0;
  const fail = (path: string, message: string): never => {
    throw new DatasetPartError(`${file}:${lineNo}:1`, path, message);
  };
  return {
    line(text) {
      lineNo++;
      if (text.trim() === "" && lineNo > 1) return;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        fail("", error instanceof Error ? error.message : String(error));
      }
      if (lineNo === 1) {
        const head = json as { format?: unknown; key?: unknown; units?: Record<string, unknown> };
        if (head.format !== DETAILS_FORMAT) fail("format", `expected "${DETAILS_FORMAT}"`);
        if (head.key !== key) fail("key", `${JSON.stringify(head.key)} does not match the structure's ${JSON.stringify(key)}`);
        for (const version of dataset.versions) {
          const count = head.units?.[version.id];
          if (count !== version.units.length) fail(`units[${JSON.stringify(version.id)}]`, `${JSON.stringify(count)} units, the structure has ${version.units.length}`);
        }
        return;
      }
      const chunk = json as { version?: unknown; from?: unknown; units?: unknown };
      const version = typeof chunk.version === "string" ? byId.get(chunk.version) : undefined;
      if (!version) return fail("version", `${JSON.stringify(chunk.version)} is not a version of the structure`);
      const list = chunk.units;
      const from = chunk.from;
      if (!Array.isArray(list) || typeof from !== "number" || from !== (received.get(version.id) ?? 0) || from + list.length > version.units.length) {
        return fail("", `expected units ${received.get(version.id) ?? 0}… of version ${version.id}`);
      }
      for (let i = 0; i < list.length; i++) Object.assign(version.units[from + i] as Unit, list[i] as UnitDetails);
      received.set(version.id, from + list.length);
    },
    finish() {
      for (const version of dataset.versions) {
        const got = received.get(version.id) ?? 0;
        if (got !== version.units.length) throw new DatasetPartError(file, `units[${JSON.stringify(version.id)}]`, `details of ${got} units, the structure has ${version.units.length}`);
      }
      const { detailsPending: _pending, detailsError: _error, ...complete } = dataset;
      return complete;
    },
  };
}

/** {@link readDetails} over the whole text at once. */
export function applyDetails(dataset: Dataset, text: string, key: string, file: string): Dataset {
  const reader = readDetails(dataset, key, file);
  for (const line of text.split("\n")) reader.line(line);
  return reader.finish();
}
