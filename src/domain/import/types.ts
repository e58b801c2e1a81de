// What an import produces. Parsers (csv, appJson, referentiel) turn a file into a RawOrg: flat
// records keyed as in the file, with every problem located. build.ts then makes a Version from
// the chosen root down. Nothing here depends on the DOM: the same code runs in a Worker.
import type { Unit, UnitKind, Version } from "../schema.ts";

export type ImportFormat = "csv" | "xlsx" | "referentiel" | "app";

/** Where a problem is: line/column for CSV (1-based), JSON path and/or record id for JSON. */
export interface Location {
  line?: number;
  column?: number;
  path?: string;
  record?: string;
}

export interface Problem {
  /** fatal: nothing can be imported; error: the record is left out; warning: imported as read. */
  severity: "fatal" | "error" | "warning";
  message: string;
  at: Location;
}

export interface Person {
  role: string;
  name: string;
}

export interface Contact {
  kind: "Courriel" | "Téléphone" | "Site internet" | "Adresse";
  value: string;
}

export interface RawRecord {
  /** The record's id as written in the file (CSV code, Référentiel id). */
  key: string;
  parentKey: string | null;
  name: string;
  shortName?: string;
  code?: string;
  kind: UnitKind;
  missions: string[];
  people: Person[];
  contacts: Contact[];
  /** Keys of « Autre hiérarchie » links declared by this record. */
  secondary: string[];
  references: string[];
  /** Free-text source given by the file (CSV `source` column). */
  source?: string;
  note?: string;
  /** ISO date of the record's last change, when the file gives one. */
  modified?: string;
  /** Where the record is (provenance shown in the panel). */
  at: Location;
  /** CSV: the cells of its code and its parent, so that a duplicate code or an unknown parent is
   * reported at its column, not only at its line. */
  codeAt?: Location;
  parentAt?: Location;
}

export interface RawOrg {
  format: ImportFormat;
  fileName: string;
  records: RawRecord[];
  problems: Problem[];
  /** ISO date of the data as a whole, when the file states it (app format). */
  dataDate: string | null;
  /** Label of the file's version, when it has one (app format). */
  label?: string;
  /** Key → position in `records`, when the parser built it with unique keys (Référentiel):
   * checkOrg then reuses it instead of building the same map again. */
  positions?: Map<string, number>;
}

export interface SecondaryLink {
  /** Unit id in the imported version, or null when the linked record is outside the chosen subtree. */
  unitId: string | null;
  name: string;
  /** "declared": this unit's record names the other; "reverse": the other record names this unit. */
  direction: "declared" | "reverse";
}

/** Everything an imported unit carries beyond the data schema. */
export interface ImportInfo {
  fileName: string;
  recordKey: string;
  at: Location;
  people: Person[];
  contacts: Contact[];
  secondary: SecondaryLink[];
  references: string[];
  source?: string;
}

export type ImportedUnit = Unit & { imported: ImportInfo };

export interface ImportedOrg {
  id: string;
  fileName: string;
  format: ImportFormat;
  dataDate: string | null;
  /** ISO date-time of the import. */
  importedAt: string;
  rootKey: string;
  version: Version;
  /** Problems found while building the chosen subtree (the parse report is kept beside). */
  problems: Problem[];
  /** The user's decisions on suggested pairings (suggestPairs.ts), by pairKey. */
  pairings?: Record<string, "confirmed" | "rejected">;
}

export function importInfo(unit: Unit): ImportInfo | undefined {
  return (unit as Partial<ImportedUnit>).imported;
}

/** « ligne 3, colonne 2 », « enregistrement « 12 » ($.service[4].nom) »… */
export function formatLocation(at: Location): string {
  const parts: string[] = [];
  if (at.line !== undefined) parts.push(at.column !== undefined ? `ligne ${at.line}, colonne ${at.column}` : `ligne ${at.line}`);
  if (at.record !== undefined) parts.push(`enregistrement « ${at.record.length > 60 ? `${at.record.slice(0, 60)}…` : at.record} »`);
  if (at.path !== undefined) parts.push(parts.length > 0 ? `(${at.path})` : at.path);
  return parts.length > 0 ? parts.join(" ") : "fichier entier";
}

export function isLocated(at: Location): boolean {
  return at.line !== undefined || at.path !== undefined || at.record !== undefined;
}
