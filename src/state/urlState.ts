// URL <-> state. The URL holds what a shared link must restore: view, version, selected unit,
// query, search scope and the compared pair. Parsing never throws: anything unknown or
// malformed is dropped, the default is used, and a warning says what was ignored.
import { isImportedVersionId } from "../domain/import/ids.ts";
import type { Dataset } from "../domain/schema.ts";

export const VIEWS = ["arbre", "texte", "comparer", "decouvrir", "glossaire", "accessibilite", "mentions-legales", "donnees-personnelles"] as const;
export type View = (typeof VIEWS)[number];

export interface ComparePair {
  from: string;
  to: string;
}

export interface UrlState {
  view: View;
  version: string;
  unit: string | null;
  query: string;
  allVersions: boolean;
  compare: ComparePair | null;
  /** In the comparison view: which side the selected unit belongs to. */
  side: "from" | "to";
}

const KNOWN = new Set(["v", "u", "q", "vue", "toutes", "de", "a", "cote", "dataset"]);
const MAX_QUERY = 200;

export function defaultUrlState(dataset: Dataset): UrlState {
  // Imported versions come after the built-in ones but are never the default.
  const latest = dataset.versions.filter((v) => !isImportedVersionId(v.id)).at(-1)?.id ?? "";
  return { view: "arbre", version: latest, unit: null, query: "", allVersions: false, compare: null, side: "from" };
}

export function defaultPair(dataset: Dataset): ComparePair {
  const ids = dataset.versions.map((v) => v.id).filter((id) => !isImportedVersionId(id));
  return { from: ids[ids.length - 2] ?? ids[0] ?? "", to: ids[ids.length - 1] ?? "" };
}

export function parseUrlState(search: string, dataset: Dataset): { state: UrlState; warnings: string[] } {
  const state = defaultUrlState(dataset);
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, warnings: ["Adresse illisible : affichage par défaut."] };
  }
  const versionIds = dataset.versions.map((v) => v.id);
  const quote = (s: string) => `« ${s.length > 40 ? `${s.slice(0, 40)}…` : s} »`;

  for (const key of params.keys()) {
    if (!KNOWN.has(key)) warnings.push(`Paramètre inconnu ${quote(key)} ignoré.`);
  }

  const view = params.get("vue");
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as View;
    else warnings.push(`Vue ${quote(view)} inconnue : vue « arbre » affichée.`);
  }

  const version = params.get("v");
  if (version !== null) {
    if (versionIds.includes(version)) state.version = version;
    else if (isImportedVersionId(version)) warnings.push(importMissing(state.version));
    else warnings.push(`Version ${quote(version)} inconnue : version ${state.version} affichée.`);
  }

  const from = params.get("de");
  const to = params.get("a");
  if (from !== null || to !== null || state.view === "comparer") {
    const pair = defaultPair(dataset);
    const okFrom = from === null || versionIds.includes(from);
    const okTo = to === null || versionIds.includes(to);
    if (!okFrom) warnings.push(isImportedVersionId(from ?? "") ? importMissing(pair.from) : `Version ${quote(from ?? "")} inconnue pour la comparaison : ${pair.from} utilisée.`);
    if (!okTo) warnings.push(isImportedVersionId(to ?? "") ? importMissing(pair.to) : `Version ${quote(to ?? "")} inconnue pour la comparaison : ${pair.to} utilisée.`);
    const candidate = { from: okFrom && from !== null ? from : pair.from, to: okTo && to !== null ? to : pair.to };
    if (candidate.from === candidate.to) {
      warnings.push(`Comparaison d'une version avec elle-même impossible : ${pair.from} et ${pair.to} comparées.`);
      state.compare = pair;
    } else state.compare = candidate;
  }

  const side = params.get("cote");
  if (side !== null) {
    if (side === "de" || side === "a") state.side = side === "de" ? "from" : "to";
    else warnings.push(`Côté ${quote(side)} inconnu : côté gauche utilisé.`);
  }

  const unit = params.get("u");
  if (unit !== null) {
    const unitVersion =
      state.view === "comparer" && state.compare ? (state.side === "from" ? state.compare.from : state.compare.to) : state.version;
    const units = dataset.versions.find((v) => v.id === unitVersion)?.units ?? [];
    if (units.some((u) => u.id === unit)) state.unit = unit;
    else warnings.push(`Unité ${quote(unit)} introuvable dans la version ${unitVersion} : aucune sélection.`);
  }

  const query = params.get("q");
  if (query !== null) {
    if (query.length > MAX_QUERY) warnings.push(`Recherche trop longue (plus de ${MAX_QUERY} caractères) ignorée.`);
    else state.query = query;
  }

  const all = params.get("toutes");
  if (all !== null) {
    if (all === "1" || all === "0") state.allVersions = all === "1";
    else warnings.push(`Valeur ${quote(all)} de « toutes » inconnue : recherche dans la version affichée.`);
  }
  return { state, warnings };
}

function importMissing(shown: string): string {
  return `Ce lien vise un organigramme importé qui n'est pas disponible dans ce navigateur (un import reste dans le navigateur où il a été fait) : version ${shown} affichée.`;
}

/** Canonical query string (with leading "?", or "" for the default view). Default values are omitted. */
export function formatUrlState(state: UrlState, dataset: Dataset): string {
  const defaults = defaultUrlState(dataset);
  const params = new URLSearchParams();
  if (state.view !== defaults.view) params.set("vue", state.view);
  if (state.view === "comparer" && state.compare) {
    params.set("de", state.compare.from);
    params.set("a", state.compare.to);
    if (state.unit !== null && state.side === "to") params.set("cote", "a");
  } else if (state.version !== defaults.version) params.set("v", state.version);
  if (state.unit !== null) params.set("u", state.unit);
  if (state.query !== "") params.set("q", state.query);
  if (state.allVersions) params.set("toutes", "1");
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
