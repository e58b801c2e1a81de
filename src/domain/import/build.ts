// From flat records to a Version: the checks every format shares (duplicates, unknown parents,
// cycles, several roots), root candidates, and the version built from the chosen root down.
import { normalizeText } from "../normalize.ts";
import type { Unit, Version } from "../schema.ts";
import { IMPORTED_PREFIX } from "./ids.ts";
import type { ImportedOrg, ImportedUnit, Problem, RawOrg, RawRecord, SecondaryLink } from "./types.ts";

export interface CheckedOrg {
  raw: RawOrg;
  /** Valid records by key (duplicates after the first left out). */
  byKey: Map<string, RawRecord>;
  children: Map<string, RawRecord[]>;
  /** Records without a parent, in file order. */
  roots: RawRecord[];
  problems: Problem[];
}

/** Checks the records' structure. The problems found are added to the parse problems. */
export function checkOrg(raw: RawOrg): CheckedOrg {
  const problems = [...raw.problems];
  const byKey = new Map<string, RawRecord>();
  for (const record of raw.records) {
    if (byKey.has(record.key)) {
      problems.push({ severity: "error", message: `Code « ${record.key.slice(0, 60)} » en double : seul le premier est gardé.`, at: record.at });
    } else byKey.set(record.key, record);
  }
  const children = new Map<string, RawRecord[]>();
  const roots: RawRecord[] = [];
  for (const record of byKey.values()) {
    if (record.parentKey === null) roots.push(record);
    else if (record.parentKey === record.key) {
      problems.push({ severity: "error", message: "L'unité est son propre parent : laissée de côté.", at: record.at });
    } else if (!byKey.has(record.parentKey)) {
      problems.push({ severity: "error", message: `Parent « ${record.parentKey.slice(0, 60)} » introuvable : unité laissée de côté, avec ses sous-unités.`, at: record.at });
    } else {
      const list = children.get(record.parentKey);
      if (list) list.push(record);
      else children.set(record.parentKey, [record]);
    }
  }
  // A cycle is a set of records none of which reaches a root: walk up from every record once.
  const state = new Map<string, "ok" | "cycle">();
  for (const record of byKey.values()) {
    const chain: string[] = [];
    const seen = new Set<string>();
    let current: RawRecord | undefined = record;
    let verdict: "ok" | "cycle" = "ok";
    while (current) {
      const known = state.get(current.key);
      if (known) {
        verdict = known;
        break;
      }
      if (seen.has(current.key)) {
        verdict = "cycle";
        const loop = chain.slice(chain.indexOf(current.key));
        problems.push({
          severity: "error",
          message: `Rattachements en boucle (${loop.map((k) => `« ${k.slice(0, 30)} »`).join(" → ")}) : ces unités sont laissées de côté.`,
          at: current.at,
        });
        break;
      }
      seen.add(current.key);
      chain.push(current.key);
      current = current.parentKey === null || current.parentKey === current.key ? undefined : byKey.get(current.parentKey);
    }
    for (const key of chain) state.set(key, verdict);
  }
  // The report reads top to bottom: CSV problems by line (a stable sort keeps JSON ones in order).
  problems.sort((a, b) => (a.at.line ?? Infinity) - (b.at.line ?? Infinity) || (a.at.column ?? 0) - (b.at.column ?? 0));
  return { raw, byKey, children, roots, problems };
}

/** Records whose name, short name or code matches `query` (accent- and case-insensitive), best first. */
// Lower case without accents: cheaper than normalizeText, enough to match names as typed. Folded
// names are computed once per checked file (the national export has 100,000 of them).
const fold = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const folded = new WeakMap<CheckedOrg, Map<string, [string, string]>>();

function foldedNames(checked: CheckedOrg): Map<string, [string, string]> {
  let names = folded.get(checked);
  if (!names) {
    names = new Map();
    for (const r of checked.byKey.values()) names.set(r.key, [fold(r.shortName ?? r.code ?? ""), fold(r.name)]);
    folded.set(checked, names);
  }
  return names;
}

export function findRoots(checked: CheckedOrg, query: string, limit = 20): RawRecord[] {
  const q = fold(normalizeText(query));
  if (q === "") return checked.roots.slice(0, limit);
  const names = foldedNames(checked);
  const scored: [number, RawRecord][] = [];
  for (const record of checked.byKey.values()) {
    const [short, name] = names.get(record.key) as [string, string];
    const score = short === q ? 0 : name === q ? 1 : short.startsWith(q) ? 2 : name.startsWith(q) ? 3 : name.includes(q) ? 4 : -1;
    if (score >= 0) scored.push([score * 1e7 + subtreeSizeHint(checked, record), record]);
  }
  scored.sort((a, b) => a[0] - b[0]);
  return scored.slice(0, limit).map(([, r]) => r);
}

// Among equally good matches, larger organisations first (the DGOS before a homonymous bureau).
function subtreeSizeHint(checked: CheckedOrg, record: RawRecord): number {
  return 1e6 - Math.min(1e6 - 1, checked.children.get(record.key)?.length ?? 0);
}

/** The records under `rootKey` (included), parents before children. */
export function subtree(checked: CheckedOrg, rootKey: string): RawRecord[] {
  const root = checked.byKey.get(rootKey);
  if (!root) return [];
  const out: RawRecord[] = [];
  const stack = [root];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const record = stack.pop() as RawRecord;
    if (seen.has(record.key)) continue;
    seen.add(record.key);
    out.push(record);
    const kids = checked.children.get(record.key);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as RawRecord);
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
