// From flat records to a Version: the checks every format shares (duplicates, unknown parents,
// cycles, several roots), root candidates, and the version built from the chosen root down.
import { normalizeText } from "../normalize.ts";
import type { Unit, Version } from "../schema.ts";
import { IMPORTED_PREFIX } from "./ids.ts";
import { KeyIndex } from "./keyIndex.ts";
import { indexRoots, searchRoots, type RootIndex } from "./roots.ts";
import type { ImportedOrg, ImportedUnit, Problem, RawOrg, RawRecord, SecondaryLink } from "./types.ts";

export interface CheckedOrg {
  raw: RawOrg;
  /** Valid records by key (duplicates after the first left out, and what the check left aside). */
  byKey: KeyIndex;
  /** Records without a parent, in file order. */
  roots: RawRecord[];
  problems: Problem[];
  /** The records of `byKey` in file order, and the position of each one's parent in it (-1: a
   * root): what the root index walks with typed arrays instead of maps (100,000 records). */
  records: RawRecord[];
  up: Int32Array;
  /** Children of records[i], in file order: positions kids[childStart[i]] to kids[childStart[i + 1] - 1]. */
  childStart: Int32Array;
  kids: Int32Array;
}

/** Records by position, first of each key kept; duplicates reported. */
function uniqueRecords(raw: RawOrg, problems: Problem[]): { valid: RawRecord[]; positions: Map<string, number> } {
  // The Référentiel reader already built this map (its keys are unique): no second copy.
  if (raw.positions && raw.positions.size === raw.records.length) return { valid: raw.records, positions: raw.positions };
  const valid: RawRecord[] = [];
  const positions = new Map<string, number>();
  for (const record of raw.records) {
    if (positions.has(record.key)) {
      problems.push({ severity: "error", message: `Code « ${record.key.slice(0, 60)} » en double : seul le premier est gardé.`, at: record.codeAt ?? record.at });
    } else {
      positions.set(record.key, valid.length);
      valid.push(record);
    }
  }
  return { valid, positions };
}

/** Each record's children grouped by parent (counting sort), in file order. */
function childLists(up: Int32Array): { childStart: Int32Array; kids: Int32Array } {
  const n = up.length;
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if ((up[i] as number) >= 0) childStart[(up[i] as number) + 1] = (childStart[(up[i] as number) + 1] as number) + 1;
  for (let i = 0; i < n; i++) childStart[i + 1] = (childStart[i + 1] as number) + (childStart[i] as number);
  const cursor = childStart.slice(0, n);
  const kids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = up[i] as number;
    if (p >= 0) {
      kids[cursor[p] as number] = i;
      cursor[p] = (cursor[p] as number) + 1;
    }
  }
  return { childStart, kids };
}

/** Checks the records' structure. The problems found are added to the parse problems. */
export function checkOrg(raw: RawOrg): CheckedOrg {
  const problems = [...raw.problems];
  // Records by position (file order) and their key's position: the walks below then use
  // typed arrays, not maps (100,000 records in the national export).
  const { valid, positions } = uniqueRecords(raw, problems);
  const n = valid.length;
  // Parent position; -1: none (a root, or left aside: own parent, unknown parent).
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const record = valid[i] as RawRecord;
    if (record.parentKey === null) continue;
    const p = positions.get(record.parentKey);
    if (record.parentKey === record.key) {
      problems.push({ severity: "error", message: "L'unité est son propre parent : laissée de côté.", at: record.parentAt ?? record.at });
    } else if (p === undefined) {
      problems.push({ severity: "error", message: `Parent « ${record.parentKey.slice(0, 60)} » introuvable : unité laissée de côté, avec ses sous-unités.`, at: record.parentAt ?? record.at });
    } else parent[i] = p;
  }
  // A cycle is a set of records none of which reaches a root: walk up from every record once,
  // marking the walk; meeting a record of the same walk again is a loop.
  const OK = 1;
  const CYCLE = 2;
  const VISITING = 3;
  // Own parent or unknown parent: left aside, and so is everything under it.
  const LEFT = 4;
  const state = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((valid[i] as RawRecord).parentKey !== null && parent[i] === -1) state[i] = LEFT;
  const chain: number[] = [];
  for (let start = 0; start < n; start++) {
    chain.length = 0;
    let current = start;
    let verdict = OK;
    while (current >= 0) {
      const known = state[current] as number;
      if (known === VISITING) {
        verdict = CYCLE;
        const loop = chain.slice(chain.indexOf(current)).map((i) => (valid[i] as RawRecord).key);
        problems.push({
          severity: "error",
          message: `Rattachements en boucle (${loop.map((k) => `« ${k.slice(0, 30)} »`).join(" → ")}) : ces unités sont laissées de côté.`,
          at: (valid[current] as RawRecord).parentAt ?? (valid[current] as RawRecord).at,
        });
        break;
      }
      if (known !== 0) {
        verdict = known;
        break;
      }
      state[current] = VISITING;
      chain.push(current);
      current = parent[current] as number;
    }
    for (const i of chain) state[i] = verdict;
  }
  // What the report says is left aside is left aside: never offered as a root, never imported.
  let left = 0;
  for (let i = 0; i < n; i++) if (state[i] !== OK) left++;
  let records = valid;
  let up = parent;
  let kept: Int32Array | null = null;
  if (left > 0) {
    records = [];
    kept = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (state[i] !== OK) continue;
      kept[i] = records.length;
      records.push(valid[i] as RawRecord);
    }
    up = new Int32Array(records.length);
    for (let i = 0; i < n; i++) {
      const at = kept[i] as number;
      if (at >= 0) up[at] = (parent[i] as number) >= 0 ? (kept[parent[i] as number] as number) : -1;
    }
  }
  const roots: RawRecord[] = [];
  for (let i = 0; i < records.length; i++) if ((up[i] as number) < 0) roots.push(records[i] as RawRecord);
  // The report reads top to bottom: CSV problems by line (a stable sort keeps JSON ones in order).
  problems.sort((a, b) => (a.at.line ?? Infinity) - (b.at.line ?? Infinity) || (a.at.column ?? 0) - (b.at.column ?? 0));
  return { raw, byKey: new KeyIndex(positions, kept, records), roots, problems, records, up, ...childLists(up) };
}

/** Records whose name, short name or code matches `query` (accent- and case-insensitive), best first (see roots.ts). */
// The index is built once per checked file (the national export has 100,000 names).
const indexes = new WeakMap<CheckedOrg, RootIndex>();
export function rootIndex(checked: CheckedOrg): RootIndex {
  let index = indexes.get(checked);
  if (!index) {
    index = indexRoots(checked);
    indexes.set(checked, index);
  }
  return index;
}

export function findRoots(checked: CheckedOrg, query: string, limit = 20): RawRecord[] {
  if (normalizeText(query) === "") return checked.roots.slice(0, limit);
  const index = rootIndex(checked);
  return searchRoots(index, query, limit).map((i) => index.records[i] as RawRecord);
}

/** Children of a checked record: how many, and their records (file order). */
export function childCount(checked: CheckedOrg, key: string): number {
  const at = checked.byKey.positionOf(key);
  return at < 0 ? 0 : (checked.childStart[at + 1] as number) - (checked.childStart[at] as number);
}

/** The records under `rootKey` (included), parents before children. */
// The kept records form a forest (checkOrg left loops aside): a walk down never meets a record twice.
export function subtree(checked: CheckedOrg, rootKey: string): RawRecord[] {
  const at = checked.byKey.positionOf(rootKey);
  if (at < 0) return [];
  const { records, childStart, kids } = checked;
  const out: RawRecord[] = [];
  const stack = [at];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    out.push(records[i] as RawRecord);
    for (let c = (childStart[i + 1] as number) - 1; c >= (childStart[i] as number); c--) stack.push(kids[c] as number);
  }
  return out;
}

function slug(key: string): string {
  const s = normalizeText(key)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s === "" ? "u" : s;
}

export interface BuildOptions {
  id: string;
  importedAt: string;
}

/** A new import id: the prefix, the time and a random part (ids must not collide across imports). */
export function newImportId(now: Date, random: () => number = Math.random): string {
  return `${IMPORTED_PREFIX}${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`;
}

/** The imported version from `rootKey` down; the root loses its parent. */
export function buildImportedOrg(checked: CheckedOrg, rootKey: string, options: BuildOptions): ImportedOrg | null {
  const records = subtree(checked, rootKey);
  const root = records[0];
  if (!root) return null;
  const { raw } = checked;
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const record of records) {
    const base = slug(record.key);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(record.key, id);
  }
  // « Autre hiérarchie » links, both ways: declared by a record and pointing at one.
  const links = new Map<string, SecondaryLink[]>();
  const addLink = (key: string, link: SecondaryLink) => {
    const list = links.get(key);
    if (list) list.push(link);
    else links.set(key, [link]);
  };
  for (const record of checked.byKey.values()) {
    for (const target of record.secondary) {
      const targetRecord = checked.byKey.get(target);
      if (ids.has(record.key)) addLink(record.key, { unitId: ids.get(target) ?? null, name: targetRecord?.name ?? target, direction: "declared" });
      if (ids.has(target)) addLink(target, { unitId: ids.get(record.key) ?? null, name: record.name, direction: "reverse" });
    }
  }
  const provenance = (r: RawRecord) => (r.at.line !== undefined ? `ligne ${r.at.line}` : `enregistrement ${r.key}`);
  let latest: string | undefined;
  const units: ImportedUnit[] = records.map((record) => {
    if (record.modified && (!latest || record.modified > latest)) latest = record.modified;
    const unit: Unit = {
      id: ids.get(record.key) as string,
      kind: record.kind,
      name: record.name,
      parent: record === root || record.parentKey === null ? null : (ids.get(record.parentKey) ?? null),
      missions:
        record.missions.length > 0
          ? { status: "described", items: record.missions }
          : { status: "not-described", reason: "Le fichier importé ne donne pas de missions pour cette unité." },
      sources: [{ file: raw.fileName, passage: provenance(record) }],
    };
    if (record.code !== undefined) unit.code = record.code;
    if (record.shortName !== undefined && record.shortName !== record.name) unit.shortName = record.shortName;
    if (record.note !== undefined) unit.note = record.note;
    const imported: ImportedUnit["imported"] = {
      fileName: raw.fileName,
      recordKey: record.key,
      at: record.at,
      people: record.people,
      contacts: record.contacts,
      secondary: links.get(record.key) ?? [],
      references: record.references,
    };
    if (record.source !== undefined) imported.source = record.source;
    return { ...unit, imported };
  });
  const dataDate = raw.dataDate ?? latest ?? null;
  const importDay = options.importedAt.slice(0, 10);
  const version: Version = {
    id: options.id,
    label: raw.label ?? `${root.name}${root.shortName ? ` (${root.shortName})` : ""}`,
    effectiveDate: {
      value: dataDate ?? importDay,
      note: dataDate
        ? `Date des données indiquée par le fichier importé « ${raw.fileName} ».`
        : `Le fichier importé « ${raw.fileName} » ne date pas ses données : date de l'import.`,
      source: { file: raw.fileName, passage: "fichier importé" },
    },
    legalBasis: null,
    sources: [raw.fileName],
    headcounts: [],
    bodies: [],
    themes: [],
    gaps: [
      `Organisation importée depuis le fichier « ${raw.fileName} » : elle ne provient pas des sources de la DGOS et l'application n'en vérifie pas le contenu.`,
    ],
    units,
  };
  const outside = checked.byKey.size - records.length;
  const problems = checked.problems.filter((p) => p.severity !== "fatal");
  if (outside > 0 && checked.raw.format !== "referentiel") {
    problems.push({ severity: "warning", message: `${outside} unité(s) hors de la racine choisie ne sont pas importées.`, at: root.at });
  }
  return { id: options.id, fileName: raw.fileName, format: raw.format, dataDate, importedAt: options.importedAt, rootKey, version, problems };
}
