// URL <-> state. The URL holds what a shared link must restore: view, version, selected unit,
// query, search scope and the compared pair. Parsing never throws: anything unknown or
// malformed is dropped, the default is used, and a warning says what was ignored.
import { isImportedVersionId } from "../domain/import/ids.ts";
import type { Dataset } from "../domain/schema.ts";

// Add a view here (one entry); parsing, the « vue » notice and the address follow.
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

const KNOWN = new Set(["v", "u", "q", "vue", "toutes", "de", "a", "cote"]);
/** Longest search kept from an address; the search box has the same maxLength. */
export const MAX_QUERY = 200;

/**
 * Parameters that campaign and analytics tools append to links: dropped without a word, since
 * the person who follows such a link did not write them. Listed in the README (« Liens »).
 */
export const TRACKING_PARAMS: readonly (string | RegExp)[] = [
  /^utm_/, /^mc_/, /^pk_/, /^mtm_/, "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "_ga", "_gl", "li_fat_id", "ttclid",
];
export function isTrackingParam(key: string): boolean {
  return TRACKING_PARAMS.some((p) => (typeof p === "string" ? p === key : p.test(key)));
}

export function defaultUrlState(dataset: Dataset): UrlState {
  // Imported versions come after the built-in ones but are never the default.
  const latest = dataset.versions.filter((v) => !isImportedVersionId(v.id)).at(-1)?.id ?? "";
  return { view: "arbre", version: latest, unit: null, query: "", allVersions: false, compare: null, side: "from" };
}

export function defaultPair(dataset: Dataset): ComparePair {
  const ids = dataset.versions.map((v) => v.id).filter((id) => !isImportedVersionId(id));
  return { from: ids[ids.length - 2] ?? ids[0] ?? "", to: ids[ids.length - 1] ?? "" };
}

/** In bench mode src/main.tsx hands the app the address without its `dataset` parameter. */
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
  const list = (keys: string[], max = 3) =>
    keys.slice(0, max).map(quote).join(", ") + (keys.length > max ? ` et ${keys.length - max} autre${keys.length - max > 1 ? "s" : ""}` : "");

  // Unknown and repeated keys: one line each kind, however many there are.
  const unknown = new Set<string>();
  const repeated = new Set<string>();
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) {
      repeated.add(key);
      continue;
    }
    seen.add(key);
    if (KNOWN.has(key) || isTrackingParam(key)) continue;
    if (key === "dataset") warnings.push("Paramètre « dataset » ignoré : il ne sert qu'aux mesures de performance (npm run bench).");
    else unknown.add(key);
  }
  if (unknown.size === 1) warnings.push(`Paramètre inconnu ${quote([...unknown][0] as string)} ignoré.`);
  else if (unknown.size > 1) warnings.push(`${unknown.size} paramètres inconnus ignorés : ${list([...unknown])}.`);
  const known = [...repeated].filter((k) => KNOWN.has(k));
  if (known.length > 0) warnings.push(`${known.length > 1 ? "Paramètres répétés" : "Paramètre répété"} ${list(known, 8)} : seule la première valeur est lue.`);

  const view = params.get("vue");
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as View;
    else warnings.push(`Vue ${quote(view)} inconnue : vue « arbre » affichée.`);
  }
  const comparing = state.view === "comparer";

  const version = params.get("v");
  if (version !== null) {
    if (versionIds.includes(version)) state.version = version;
    else if (isImportedVersionId(version)) warnings.push(importMissing(state.version));
    else warnings.push(`Version ${quote(version)} inconnue : version ${state.version} affichée.`);
  }

  const from = params.get("de");
  const to = params.get("a");
  if (!comparing && (from !== null || to !== null)) {
    const keys = [from !== null ? "« de »" : "", to !== null ? "« a »" : ""].filter(Boolean).join(" et ");
    warnings.push(`${keys} ignoré${from !== null && to !== null ? "s" : ""} : ils ne servent qu'avec vue=comparer (vue « ${state.view} » affichée).`);
  }
  if (comparing) {
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

  const unit = params.get("u");
  const side = params.get("cote");
  if (side !== null) {
    if (!comparing || unit === null) warnings.push(`« cote » ignoré : il ne sert qu'avec une unité (u) dans la vue « comparer ».`);
    else if (side === "de" || side === "a") state.side = side === "de" ? "from" : "to";
    else warnings.push(`Côté ${quote(side)} inconnu : côté gauche utilisé.`);
  }

  if (unit !== null) {
    const unitVersion = comparing && state.compare ? (state.side === "from" ? state.compare.from : state.compare.to) : state.version;
    const units = dataset.versions.find((v) => v.id === unitVersion)?.units ?? [];
    if (units.some((u) => u.id === unit)) state.unit = unit;
    else warnings.push(`Unité ${quote(unit)} introuvable dans la version ${unitVersion} : aucune sélection.`);
  }

  const query = params.get("q");
  if (query !== null) {
    // Never cut a surrogate pair in two: the address would then not read back the same.
    const cut = query.slice(0, MAX_QUERY);
    state.query = /[\uD800-\uDBFF]$/.test(cut) && query.length > MAX_QUERY ? cut.slice(0, -1) : cut;
    if (query.length > MAX_QUERY) warnings.push(`Recherche trop longue : seuls ses ${MAX_QUERY} premiers caractères sont cherchés.`);
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
