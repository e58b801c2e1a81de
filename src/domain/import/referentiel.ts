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

/** A nested field as a list: arrays as they are, an object as one item, a JSON string decoded. */
// `at` is a function so that the location object is only built when there is a problem.
function list(value: unknown, at: () => Location, what: string, problems: Problem[]): unknown[] {
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "string") {
    const t = value.trim();
    if (t.startsWith("[") || t.startsWith("{")) {
      try {
        return list(JSON.parse(t) as unknown, at, what, problems);
      } catch {
        problems.push({ severity: "warning", message: `Champ « ${what} » : JSON illisible, ignoré.`, at: at() });
        return [];
      }
    }
    return [value];
  }
  if (Array.isArray(value)) return value;
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

function people(value: unknown, at: () => Location, problems: Problem[]): Person[] {
  const out: Person[] = [];
  for (const item of list(value, at, "affectation_personne", problems)) {
    if (!isObject(item)) continue;
    const person = list(item.personne, at, "personne", problems)[0];
    const p = isObject(person) ? person : {};
    const name = [text(p.civilite), text(p.prenom), text(p.nom)].filter((s) => s !== "").join(" ");
    const role = text(item.fonction) || "Fonction non précisée";
    if (name !== "" || text(item.fonction) !== "") out.push({ role: role.slice(0, MAX_NAME), name: name.slice(0, MAX_NAME) || "Nom non précisé" });
  }
  return out;
}

function contacts(service: Json, at: () => Location, problems: Problem[]): Contact[] {
  const out: Contact[] = [];
  const add = (kind: Contact["kind"], value: string) => {
    if (value !== "") out.push({ kind, value: value.slice(0, MAX_NAME) });
  };
  for (const item of list(service.adresse_courriel, at, "adresse_courriel", problems)) add("Courriel", itemValue(item));
  for (const item of list(service.telephone, at, "telephone", problems)) add("Téléphone", itemValue(item));
  for (const item of list(service.site_internet, at, "site_internet", problems)) add("Site internet", itemValue(item));
  for (const item of list(service.adresse, at, "adresse", problems)) {
    if (!isObject(item)) add("Adresse", text(item));
    else {
      const parts = ["complement1", "complement2", "numero_voie", "service_distribution", "code_postal", "nom_commune", "pays"].map((k) => text(item[k]));
      add("Adresse", parts.filter((s) => s !== "").join(" "));
    }
  }
  return out;
}

/** The parsed JSON of an export (`{ "service": [...] }` or the bare array) to records. */
export function readReferentiel(data: unknown, fileName: string, problems: Problem[] = []): RawOrg {
  const org: RawOrg = { format: "referentiel", fileName, records: [], problems, dataDate: null };
  const services = Array.isArray(data) ? data : isObject(data) ? data.service : undefined;
  const base = Array.isArray(data) ? "$" : "$.service";
  if (!Array.isArray(services)) {
    problems.push({ severity: "fatal", message: "Pas de liste « service » : ce n'est pas un export du Référentiel.", at: { path: "$" } });
    return org;
  }
  const parents = new Map<string, { parent: string; at: Location }>();
  const byKey = new Map<string, RawRecord>();
  services.forEach((service, index) => {
    const path = `${base}[${index}]`;
    if (!isObject(service)) {
      problems.push({ severity: "error", message: "Enregistrement qui n'est pas un objet : ignoré.", at: { path } });
      return;
    }
    const key = text(service.id).slice(0, 200);
    if (key === "") {
      problems.push({ severity: "error", message: "Service sans « id » : ignoré.", at: { path: `${path}.id` } });
      return;
    }
    const at: Location = { path, record: key };
    const sub = (suffix: string) => () => ({ path: `${path}.${suffix}`, record: key });
    const name = text(service.nom);
    if (name === "") {
      problems.push({ severity: "error", message: "Service sans « nom » : ignoré.", at: { ...at, path: `${path}.nom` } });
      return;
    }
    if (name.length > MAX_NAME) {
      problems.push({ severity: "error", message: `Nom de ${name.length} caractères (plus de ${MAX_NAME}) : service ignoré.`, at: { ...at, path: `${path}.nom` } });
      return;
    }
    const missionText = text(service.mission);
    const mission = missionText.length > MAX_TEXT ? clip(missionText, MAX_TEXT, { ...at, path: `${path}.mission` }, "Mission", problems) : missionText;
    const sigle = text(service.sigle);
    const record: RawRecord = {
      key,
      parentKey: null,
      name,
      kind: inferKind(text(service.type_organisme) || undefined, name),
      missions: mission === "" ? [] : [mission],
      people: people(service.affectation_personne, sub("affectation_personne"), problems),
      contacts: contacts(service, () => at, problems),
      secondary: [],
      references: list(service.texte_reference, sub("texte_reference"), "texte_reference", problems)
        .map((item) => (isObject(item) ? text(item.libelle) || text(item.valeur) : text(item)).slice(0, MAX_TEXT))
        .filter((s) => s !== ""),
      at,
    };
    if (sigle !== "") record.shortName = sigle.slice(0, MAX_NAME);
    const modified = isoDate(service.date_modification);
    if (modified) record.modified = modified;
    list(service.hierarchie, sub("hierarchie"), "hierarchie", problems).forEach((item, i) => {
      const linkAt = { path: `${path}.hierarchie[${i}]`, record: key };
      if (!isObject(item)) {
        problems.push({ severity: "warning", message: "Lien hiérarchique illisible : ignoré.", at: linkAt });
        return;
      }
      const target = hierarchyTarget(item);
      const type = text(item.type_hierarchie);
      if (target === "") {
        problems.push({ severity: "warning", message: "Lien hiérarchique sans service : ignoré.", at: linkAt });
      } else if (type === "Service Fils") {
        const previous = parents.get(target);
        if (previous && previous.parent !== key) {
          problems.push({
            severity: "warning",
            message: `« ${target.slice(0, 60)} » est déjà « Service Fils » de « ${previous.parent.slice(0, 60)} » : ce second rattachement est montré comme autre hiérarchie.`,
            at: linkAt,
          });
          record.secondary.push(target);
        } else parents.set(target, { parent: key, at: linkAt });
      } else record.secondary.push(target);
    });
    if (byKey.has(key)) {
      problems.push({ severity: "error", message: `Identifiant « ${key.slice(0, 60)} » en double : seul le premier est gardé.`, at });
      return;
    }
    byKey.set(key, record);
    org.records.push(record);
  });
  for (const [child, { parent, at }] of parents) {
    const record = byKey.get(child);
    if (record) record.parentKey = parent;
    else problems.push({ severity: "warning", message: `« Service Fils » « ${child.slice(0, 60)} » absent du fichier : lien ignoré.`, at });
  }
  if (org.records.length === 0) problems.push({ severity: "fatal", message: "Aucun service lisible dans le fichier.", at: { path: base } });
  return org;
}
