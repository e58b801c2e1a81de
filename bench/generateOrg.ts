// Deterministic, seeded synthetic organisations for the benchmark. Same seed, same output,
// on any machine: the PRNG is our own (mulberry32) and nothing reads the clock.
//
// Shape: one root; the deepest unit sits at depth 4 to 6 (root = 0); a unit with children has
// 3 to 12 of them; some units are leaves before the last level, as in real charts. Names are
// French-looking administrative names of 30–60 characters with no acronym (so the glossary
// stays empty), each unit has a code (SD3-B2-C1...) and 3 described missions, and every fact
// cites data/sources.json's only document, synthetic.txt.
import type { Dataset, SourceRef, Unit, UnitKind, Version } from "../src/domain/schema.ts";

export const SYNTHETIC_SOURCE = "synthetic.txt";
export const BENCH_SIZES = [100, 1000, 10000] as const;
export const BENCH_SEED = 20_240_326;

/** mulberry32: a tiny 32-bit PRNG with good enough spread for shapes and names. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Fisher–Yates: a shuffled copy (sorting with a random comparator is engine-dependent). */
function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const MIN_CHILDREN = 3;
const MAX_CHILDREN = 12;

/** Units per level (level 0 = root), summing to `units`, or null when `depth` cannot fit. */
function levelSizes(units: number, depth: number, rng: Rng): number[] | null {
  // Geometric growth r per level from a first level of n1 units: n1 (1 + r + … + r^(depth-1)) = units - 1.
  const growth = (first: number) => {
    let lo = 0;
    let hi = MAX_CHILDREN;
    for (let i = 0; i < 60; i++) {
      const r = (lo + hi) / 2;
      let sum = 0;
      for (let d = 0; d < depth; d++) sum += first * r ** d;
      if (sum < units - 1) lo = r;
      else hi = r;
    }
    return lo;
  };
  const guess = Math.round(Math.max(0, units - 1) ** (1 / depth));
  const first = Math.min(MAX_CHILDREN, Math.max(MIN_CHILDREN, guess + int(rng, -1, 1)));
  const r = growth(first);
  const sizes = [1, first];
  let total = 1 + first;
  for (let d = 2; d <= depth; d++) {
    const n = d === depth ? units - total : Math.round(first * r ** (d - 1));
    sizes.push(n);
    total += n;
  }
  // Feasible: every level can be spread over parents with 3–12 children each.
  for (let d = 1; d < sizes.length; d++) {
    const n = sizes[d] as number;
    const above = sizes[d - 1] as number;
    if (n < MIN_CHILDREN || Math.ceil(n / MAX_CHILDREN) > Math.min(above, Math.floor(n / MIN_CHILDREN))) return null;
  }
  return total === units ? sizes : null;
}

/** Splits `n` children among `parents` parents, each getting 3–12. */
function split(n: number, parents: number, rng: Rng): number[] {
  const counts = new Array<number>(parents).fill(MIN_CHILDREN);
  let left = n - parents * MIN_CHILDREN;
  while (left > 0) {
    const i = Math.floor(rng() * parents);
    if ((counts[i] as number) < MAX_CHILDREN) {
      counts[i] = (counts[i] as number) + 1;
      left -= 1;
    }
  }
  return counts;
}

const KINDS_BY_DEPTH: readonly (readonly [UnitKind, string, string][])[] = [
  [["direction", "Direction générale", "DG"]],
  [
    ["sous-direction", "Sous-direction", "SD"],
    ["service", "Service", "S"],
    ["departement", "Département", "D"],
  ],
  [
    ["bureau", "Bureau", "B"],
    ["mission", "Mission", "M"],
    ["pole", "Pôle", "P"],
  ],
  [
    ["pole", "Pôle", "P"],
    ["cellule", "Cellule", "C"],
    ["bureau", "Bureau", "B"],
  ],
  [
    ["cellule", "Cellule", "C"],
    ["unite", "Unité", "U"],
  ],
];

const DOMAINS = [
  "de la régulation de l'offre de soins",
  "de la performance des établissements",
  "des ressources humaines hospitalières",
  "du financement des activités de soins",
  "de la qualité et de la sécurité des soins",
  "de l'innovation et de la recherche clinique",
  "des systèmes d'information de santé",
  "du pilotage budgétaire et financier",
  "des formations paramédicales",
  "des coopérations territoriales",
  "des soins de proximité",
  "de la santé mentale et de la psychiatrie",
  "des investissements immobiliers",
  "des achats hospitaliers",
  "de la démographie médicale",
  "des urgences et des soins non programmés",
  "de la veille juridique",
  "du contrôle de gestion",
  "des données de santé",
  "du premier recours",
  "de l'accès aux soins",
  "des professions de santé",
  "de l'évaluation des politiques",
  "de la prévention en établissement",
];
const QUALIFIERS = [
  "",
  " et de l'appui aux territoires",
  " et des partenariats",
  " en région",
  " et de la prospective",
  " et du dialogue social",
  " des territoires ultramarins",
  " et de la synthèse",
  " et des relations usagers",
];
const VERBS = [
  "Piloter la politique",
  "Coordonner les travaux",
  "Évaluer les dispositifs",
  "Animer le réseau des acteurs",
  "Élaborer la réglementation",
  "Suivre les indicateurs",
  "Instruire les dossiers",
  "Produire les analyses",
  "Assurer le suivi",
];

function unitName(rng: Rng, label: string): string {
  for (let i = 0; i < 20; i++) {
    const name = `${label} ${pick(rng, DOMAINS)}${pick(rng, QUALIFIERS)}`;
    if (name.length >= 30 && name.length <= 60) return name;
  }
  return `${label} de la coordination administrative`; // ≥ 30 characters for every label
}

function missions(rng: Rng): string[] {
  const items = new Set<string>();
  while (items.size < 3) items.add(`${pick(rng, VERBS)} ${pick(rng, DOMAINS)}`);
  return [...items];
}

export interface GenerateOptions {
  units: number;
  seed: number;
}

/** One version, id "synthetic", of exactly `units` units. */
export function generateDataset({ units, seed }: GenerateOptions): Dataset {
  if (!Number.isInteger(units) || units < 40 || units > 100_000) throw new RangeError(`units must be an integer in 40..100000, got ${units}`);
  const rng = mulberry32(seed);
  const depths = shuffle(rng, [4, 5, 6]);
  let sizes: number[] | null = null;
  for (const depth of depths) if (!sizes) sizes = levelSizes(units, depth, rng);
  if (!sizes) throw new Error(`no tree of depth 4–6 with 3–12 children per unit has ${units} units`);

  const source: SourceRef = { file: SYNTHETIC_SOURCE, passage: `Organisation synthétique de ${units} unités (graine ${seed})` };
  const root: Unit = {
    id: "dg",
    code: "DG",
    kind: "direction",
    name: unitName(rng, "Direction générale"),
    parent: null,
    missions: { status: "described", items: missions(rng) },
    sources: [source],
  };
  const all: Unit[] = [root];
  let level: Unit[] = [root];
  for (let d = 1; d < sizes.length; d++) {
    const n = sizes[d] as number;
    const kinds = KINDS_BY_DEPTH[Math.min(d, KINDS_BY_DEPTH.length - 1)] as readonly (readonly [UnitKind, string, string])[];
    const lo = Math.ceil(n / MAX_CHILDREN);
    const hi = Math.min(level.length, Math.floor(n / MIN_CHILDREN));
    const chosen = shuffle(rng, level.map((_, i) => i)).slice(0, int(rng, lo, hi));
    const parents = chosen.sort((a, b) => a - b).map((i) => level[i] as Unit); // document order
    const counts = split(n, parents.length, rng);
    const next: Unit[] = [];
    parents.forEach((parent, p) => {
      for (let c = 1; c <= (counts[p] as number); c++) {
        const [kind, label, prefix] = pick(rng, kinds);
        const code = d === 1 ? `${prefix}${c}` : `${parent.code}-${prefix}${c}`;
        const unit: Unit = {
          id: code.toLowerCase(),
          code,
          kind,
          name: unitName(rng, label),
          parent: parent.id,
          missions: { status: "described", items: missions(rng) },
          sources: [source],
        };
        next.push(unit);
      }
    });
    all.push(...next);
    level = next;
  }

  const version: Version = {
    id: "synthetic",
    label: `Organisation synthétique de ${units} unités`,
    effectiveDate: { value: "2025-01-01", note: "Date fictive du jeu de données de mesure de performance.", source },
    legalBasis: null,
    sources: [SYNTHETIC_SOURCE],
    headcounts: [],
    bodies: [],
    themes: [],
    gaps: ["Organisation fictive générée pour mesurer les performances : aucune unité n'existe."],
    units: all,
  };
  return {
    sources: {
      documents: [
        {
          file: SYNTHETIC_SOURCE,
          title: "Organisation synthétique (banc d'essai)",
          kind: "jeu de données synthétique",
          describes: "Organisations fictives de 100 à 10 000 unités pour le banc d'essai de performance",
        },
      ],
    },
    glossary: { entries: [] },
    versions: [version],
    lineage: { links: [] },
  };
}

export { datasetFiles } from "../src/domain/assembleDataset.ts";

/** Depth (root = 0) and descendant count of every unit. */
export function treeStats(version: Version): { depth: Map<string, number>; descendants: Map<string, number> } {
  const depth = new Map<string, number>();
  const descendants = new Map<string, number>();
  for (const u of version.units) {
    depth.set(u.id, u.parent === null ? 0 : (depth.get(u.parent) ?? 0) + 1); // parents come first
    descendants.set(u.id, 0);
  }
  for (let i = version.units.length - 1; i >= 0; i--) {
    const u = version.units[i] as Unit;
    if (u.parent !== null) descendants.set(u.parent, (descendants.get(u.parent) ?? 0) + (descendants.get(u.id) ?? 0) + 1);
  }
  return { depth, descendants };
}
