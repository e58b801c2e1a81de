// The app's own format: one version of data/ (data/2024.json), or several under `versions`
// (the app's JSON export). Units are read field by field so a file written by another version
// of the app still opens: id, parent, name, code, shortName, kind, missions, note, and the
// `imported` block (people, contacts) of a re-exported import. Other fields are ignored.
import type { UnitKind } from "../schema.ts";
import { clip, inferKind, isoDate, MAX_NAME, MAX_TEXT } from "./text.ts";
import type { Contact, Person, Problem, RawOrg, RawRecord } from "./types.ts";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
// The schema's UNIT_KINDS, restated so this module (and the worker) does not pull zod in.
const KINDS: ReadonlySet<string> = new Set<UnitKind>(["direction", "service", "cabinet", "conseil", "departement", "sous-direction", "pole", "mission", "cellule", "unite", "bureau"]);
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** Versions offered by the file: [path, label] for each object with a `units` list. */
export function appVersions(data: unknown): { path: string; id: string; label: string }[] {
  if (isObject(data) && Array.isArray(data.units)) return [{ path: "$", id: str(data.id), label: str(data.label) || str(data.id) }];
  if (isObject(data) && Array.isArray(data.versions)) {
    return data.versions.flatMap((v, i) =>
      isObject(v) && Array.isArray(v.units) ? [{ path: `$.versions[${i}]`, id: str(v.id), label: str(v.label) || str(v.id) }] : [],
    );
  }
  return [];
}

function versionAt(data: unknown, path: string): Json | undefined {
  if (path === "$") return isObject(data) ? data : undefined;
  const index = Number(/\[(\d+)\]/.exec(path)?.[1]);
  const v = isObject(data) && Array.isArray(data.versions) ? (data.versions[index] as unknown) : undefined;
  return isObject(v) ? v : undefined;
}

export function readAppJson(data: unknown, fileName: string, versionPath = "$", problems: Problem[] = []): RawOrg {
  const org: RawOrg = { format: "app", fileName, records: [], problems, dataDate: null };
  const version = versionAt(data, versionPath);
  if (!version || !Array.isArray(version.units)) {
    problems.push({ severity: "fatal", message: "Pas de liste « units » : ce n'est pas un fichier de l'application.", at: { path: versionPath } });
    return org;
  }
  const label = str(version.label);
  if (label !== "") org.label = label.slice(0, MAX_NAME);
  const date = isObject(version.effectiveDate) ? isoDate(version.effectiveDate.value) : undefined;
  org.dataDate = date ?? null;
  version.units.forEach((unit: unknown, index: number) => {
    const path = `${versionPath === "$" ? "$" : versionPath}.units[${index}]`;
    if (!isObject(unit)) {
      problems.push({ severity: "error", message: "Unité qui n'est pas un objet : ignorée.", at: { path } });
      return;
    }
    const key = str(unit.id).slice(0, 200);
    if (key === "") {
      problems.push({ severity: "error", message: "Unité sans « id » : ignorée.", at: { path: `${path}.id` } });
      return;
    }
    const at = { path, record: key };
    const name = str(unit.name);
    if (name === "" || name.length > MAX_NAME) {
      problems.push({ severity: "error", message: name === "" ? "Unité sans « name » : ignorée." : `Nom de plus de ${MAX_NAME} caractères : unité ignorée.`, at: { ...at, path: `${path}.name` } });
      return;
    }
    const missions = isObject(unit.missions) && Array.isArray(unit.missions.items) ? unit.missions.items : [];
    const kind = KINDS.has(str(unit.kind)) ? (str(unit.kind) as UnitKind) : inferKind(str(unit.kind), name);
    const imported = isObject(unit.imported) ? unit.imported : {};
    const record: RawRecord = {
      key,
      parentKey: str(unit.parent) === "" ? null : str(unit.parent).slice(0, 200),
      name,
      kind,
      missions: missions.map((m, i) => (typeof m === "string" ? clip(m, MAX_TEXT, { ...at, path: `${path}.missions.items[${i}]` }, "Mission", problems) : "")).filter((m) => m !== ""),
      people: (Array.isArray(imported.people) ? imported.people : [])
        .filter(isObject)
        .map((p): Person => ({ role: str(p.role).slice(0, MAX_NAME), name: str(p.name).slice(0, MAX_NAME) })),
      contacts: (Array.isArray(imported.contacts) ? imported.contacts : [])
        .filter(isObject)
        .filter((c) => ["Courriel", "Téléphone", "Site internet", "Adresse"].includes(str(c.kind)))
        .map((c): Contact => ({ kind: str(c.kind) as Contact["kind"], value: str(c.value).slice(0, MAX_NAME) })),
      secondary: [],
      references: [],
      at,
    };
    if (str(unit.code) !== "") record.code = str(unit.code).slice(0, 200);
    if (str(unit.shortName) !== "") record.shortName = str(unit.shortName).slice(0, MAX_NAME);
    if (str(unit.note) !== "") record.note = clip(str(unit.note), MAX_TEXT, { ...at, path: `${path}.note` }, "Note", problems);
    org.records.push(record);
  });
  if (org.records.length === 0) problems.push({ severity: "fatal", message: "Aucune unité lisible dans le fichier.", at: { path: `${versionPath}.units` } });
  return org;
}
