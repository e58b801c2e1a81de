// The DILA's « Référentiel de l'organisation administrative de l'État » JSON export (the data of
// the Annuaire de l'administration). Read: id, nom, sigle, type_organisme, mission, hierarchie,
// affectation_personne, adresse_courriel, telephone, site_internet, adresse, texte_reference,
// date_modification. Every other field is ignored. A service's `hierarchie` lists the services
// under it: « Service Fils » gives the child its one parent, « Autre hiérarchie » is a secondary
// link. Nested fields may be arrays/objects or the same JSON encoded in a string.
import { clip, inferKind, isoDate, MAX_NAME, MAX_TEXT } from "./text.ts";
import type { Contact, Location, Person, Problem, RawOrg, RawRecord } from "./types.ts";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const NONE: readonly unknown[] = [];

// A record's lists are kept for the whole session (100,000 records): an empty one is this
// shared frozen array, and a filled one is copied to its exact size (an array grown by push
// keeps room for 16 more items).
const EMPTY = Object.freeze([]) as unknown as never[];
// Roles, telephone numbers, dates repeat across services (« Chef de bureau », a ministry's
// switchboard): the records of one read share one copy of each (up to a bound).
const shared = new Map<string, string>();
function intern(s: string): string {
  const known = shared.get(s);
  if (known !== undefined) return known;
  if (shared.size < 20_000) shared.set(s, s);
  return s;
}

function exact<T>(items: T[]): T[] {
  if (items.length === 0) return EMPTY;
  return items.length === 1 ? [items[0] as T] : items.slice();
}

/**
 * A nested field as a list: arrays as they are, an object as one item, a JSON string decoded.
 * A problem is located at `path` (+ `.suffix` when given) of record `key`: strings, not a
 * location object or a closure per record (100,000 records in the national export).
 */
function list(value: unknown, path: string, suffix: string, key: string, what: string, problems: Problem[]): readonly unknown[] {
  if (value === undefined || value === null || value === "") return NONE;
  if (Array.isArray(value)) return value;
  if (typeof value === "string") {
    const t = value.trim();
    if (t.startsWith("[") || t.startsWith("{")) {
      try {
        return list(JSON.parse(t) as unknown, path, suffix, key, what, problems);
      } catch {
        problems.push({ severity: "warning", message: `Champ « ${what} » : JSON illisible, ignoré.`, at: { path: suffix === "" ? path : `${path}.${suffix}`, record: key } });
        return NONE;
      }
    }
  }
  return [value];
}

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  return "";
}

/** The `valeur` of { valeur, libelle } items, or the string itself. */
function itemValue(item: unknown): string {
  if (isObject(item)) return text(item.valeur) || text(item.value) || text(item.libelle);
  return text(item);
}

function hierarchyTarget(item: Json): string {
  const service = item.service;
  return isObject(service) ? text(service.id) : text(service);
}

/** The non-empty words, space-separated, as one flat string. */
function joinWords(a: string, b: string, c: string): string {
  if (a === "" || b === "" || c === "") {
    const words = [a, b, c].filter((s) => s !== "");
    return words.length === 1 ? (words[0] as string) : words.join(" ");
  }
  return [a, b, c].join(" ");
}

function people(value: unknown, path: string, key: string, problems: Problem[]): Person[] {
  const out: Person[] = [];
  for (const item of list(value, path, "affectation_personne", key, "affectation_personne", problems)) {
    if (!isObject(item)) continue;
    const person = list(item.personne, path, "affectation_personne", key, "personne", problems)[0];
    const p = isObject(person) ? person : {};
    const name = joinWords(text(p.civilite), text(p.prenom), text(p.nom));
    const role = text(item.fonction) || "Fonction non précisée";
    if (name !== "" || text(item.fonction) !== "") out.push({ role: intern(role.slice(0, MAX_NAME)), name: name.slice(0, MAX_NAME) || "Nom non précisé" });
  }
  return exact(out);
}

function add(out: Contact[], kind: Contact["kind"], value: string): void {
  if (value !== "") out.push({ kind, value: intern(value.slice(0, MAX_NAME)) });
}

const ADDRESS_PARTS = ["complement1", "complement2", "numero_voie", "service_distribution", "code_postal", "nom_commune", "pays"];

function address(item: Json): string {
  let out = "";
  for (const k of ADDRESS_PARTS) {
    const part = text(item[k]);
    if (part !== "") out = out === "" ? part : `${out} ${part}`;
  }
  return out;
}

// Contact problems are located at the record itself (its path), as before.
function contacts(service: Json, path: string, key: string, problems: Problem[]): Contact[] {
  const out: Contact[] = [];
  for (const item of list(service.adresse_courriel, path, "", key, "adresse_courriel", problems)) add(out, "Courriel", itemValue(item));
  for (const item of list(service.telephone, path, "", key, "telephone", problems)) add(out, "Téléphone", itemValue(item));
  for (const item of list(service.site_internet, path, "", key, "site_internet", problems)) add(out, "Site internet", itemValue(item));
  for (const item of list(service.adresse, path, "", key, "adresse", problems)) add(out, "Adresse", isObject(item) ? address(item) : text(item));
  return exact(out);
}

function references(value: unknown, path: string, key: string, problems: Problem[]): string[] {
  const out: string[] = [];
  for (const item of list(value, path, "texte_reference", key, "texte_reference", problems)) {
    const s = (isObject(item) ? text(item.libelle) || text(item.valeur) : text(item)).slice(0, MAX_TEXT);
    if (s !== "") out.push(s);
  }
  return exact(out);
}

export interface ReadOptions {
  /**
   * The parsed JSON is this reader's own (parseText's): each service is dropped from it once
   * read, so the collector can reclaim the tree while the records grow (peak heap).
   */
  release?: boolean;
  /** Called every few thousand services: services read, services in the file. */
  onProgress?: (done: number, total: number) => void;
  /** The services are places in a JSON text (jsonSlices.ts), parsed one at a time; may throw. */
  parseItem?: (item: unknown, index: number) => unknown;
}

const PROGRESS_EVERY = 5000;

/**
 * The « Service Fils » links read so far, by child key: the parent's key, its record's JSON
 * path and the link's place in its `hierarchie`. Flat arrays, not an object and a path string
 * per link (100,000 links): a link's location is only written out when a problem names it.
 */
interface ChildLinks {
  slot: Map<string, number>;
  parent: string[];
  path: string[];
  index: number[];
}

const linkAt = (links: ChildLinks, slot: number): Location => ({ path: `${links.path[slot]}.hierarchie[${links.index[slot]}]`, record: links.parent[slot] as string });

/** The parsed JSON of an export (`{ "service": [...] }` or the bare array) to records. */
export function readReferentiel(data: unknown, fileName: string, problems: Problem[] = [], options: ReadOptions = {}): RawOrg {
  const org: RawOrg = { format: "referentiel", fileName, records: [], problems, dataDate: null };
  const services = Array.isArray(data) ? data : isObject(data) ? data.service : undefined;
  const base = Array.isArray(data) ? "$" : "$.service";
  if (!Array.isArray(services)) {
    problems.push({ severity: "fatal", message: "Pas de liste « service » : ce n'est pas un export du Référentiel.", at: { path: "$" } });
    return org;
  }
  const links: ChildLinks = { slot: new Map(), parent: [], path: [], index: [] };
  // Key → position in `records`, handed to checkOrg with the records (one map, not two).
  const positions = new Map<string, number>();
  shared.clear();
  const total = services.length;
  for (let index = 0; index < total; index++) {
    const service: unknown = options.parseItem ? options.parseItem(services[index], index) : services[index];
    if (options.release) services[index] = undefined;
    if (options.onProgress && index % PROGRESS_EVERY === 0 && index > 0) options.onProgress(index, total);
    // Joined, not a template: one flat string kept in the record's location, not a chain of pieces.
    const record = readService(service, [base, "[", index, "]"].join(""), links, problems);
    if (!record) continue;
    if (positions.has(record.key)) {
      problems.push({ severity: "error", message: `Identifiant « ${record.key.slice(0, 60)} » en double : seul le premier est gardé.`, at: record.at });
      continue;
    }
    positions.set(record.key, org.records.length);
    org.records.push(record);
  }
  options.onProgress?.(total, total);
  shared.clear();
  for (const [child, slot] of links.slot) {
    const at = positions.get(child);
    if (at !== undefined) (org.records[at] as RawRecord).parentKey = links.parent[slot] as string;
    else problems.push({ severity: "warning", message: `« Service Fils » « ${child.slice(0, 60)} » absent du fichier : lien ignoré.`, at: linkAt(links, slot) });
  }
  org.positions = positions;
  if (org.records.length === 0) problems.push({ severity: "fatal", message: "Aucun service lisible dans le fichier.", at: { path: base } });
  return org;
}

/** One service to a record (null when it cannot be read); its « Service Fils » links go to `parents`. */
function readService(service: unknown, path: string, links: ChildLinks, problems: Problem[]): RawRecord | null {
  if (!isObject(service)) {
    problems.push({ severity: "error", message: "Enregistrement qui n'est pas un objet : ignoré.", at: { path } });
    return null;
  }
  const key = text(service.id).slice(0, 200);
  if (key === "") {
    problems.push({ severity: "error", message: "Service sans « id » : ignoré.", at: { path: `${path}.id` } });
    return null;
  }
  const name = text(service.nom);
  if (name === "") {
    problems.push({ severity: "error", message: "Service sans « nom » : ignoré.", at: { path: `${path}.nom`, record: key } });
    return null;
  }
  if (name.length > MAX_NAME) {
    problems.push({ severity: "error", message: `Nom de ${name.length} caractères (plus de ${MAX_NAME}) : service ignoré.`, at: { path: `${path}.nom`, record: key } });
    return null;
  }
  const at: Location = { path, record: key };
  const missionText = text(service.mission);
  const mission = missionText.length > MAX_TEXT ? clip(missionText, MAX_TEXT, { path: `${path}.mission`, record: key }, "Mission", problems) : missionText;
  const sigle = text(service.sigle);
  const date = isoDate(service.date_modification) || undefined;
  // Every field in the literal, the optional ones undefined when absent: one shape for all
  // records, none growing a second block of properties afterwards.
  const record: RawRecord = {
    key,
    parentKey: null,
    name,
    shortName: sigle === "" ? undefined : sigle.slice(0, MAX_NAME),
    kind: inferKind(text(service.type_organisme) || undefined, name),
    missions: mission === "" ? EMPTY : [mission],
    people: people(service.affectation_personne, path, key, problems),
    contacts: contacts(service, path, key, problems),
    secondary: EMPTY,
    references: references(service.texte_reference, path, key, problems),
    modified: date === undefined ? undefined : intern(date),
    at,
  };
  const items = list(service.hierarchie, path, "hierarchie", key, "hierarchie", problems);
  const secondary: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isObject(item)) {
      problems.push({ severity: "warning", message: "Lien hiérarchique illisible : ignoré.", at: { path: `${path}.hierarchie[${i}]`, record: key } });
      continue;
    }
    const target = hierarchyTarget(item);
    const type = text(item.type_hierarchie);
    if (target === "") {
      problems.push({ severity: "warning", message: "Lien hiérarchique sans service : ignoré.", at: { path: `${path}.hierarchie[${i}]`, record: key } });
    } else if (type === "Service Fils") {
      const previous = links.slot.get(target);
      const previousParent = previous === undefined ? key : (links.parent[previous] as string);
      if (previousParent !== key) {
        problems.push({
          severity: "warning",
          message: `« ${target.slice(0, 60)} » est déjà « Service Fils » de « ${previousParent.slice(0, 60)} » : ce second rattachement est montré comme autre hiérarchie.`,
          at: { path: `${path}.hierarchie[${i}]`, record: key },
        });
        secondary.push(target);
      } else {
        // The same parent naming the child again: the last mention is the link's place.
        const slot = previous ?? links.parent.length;
        if (previous === undefined) links.slot.set(target, slot);
        links.parent[slot] = key;
        links.path[slot] = path;
        links.index[slot] = i;
      }
    } else secondary.push(target);
  }
  if (secondary.length > 0) record.secondary = exact(secondary);
  return record;
}
