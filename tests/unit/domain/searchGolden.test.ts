// Golden questions: what agents ask, and the documents the sources support as answers, each
// with the passage (data/*.json, from the source files) that justifies it. A document key is
// « version:unitId » for a unit and « version:theme|body|gap:n » for the n-th theme, body or gap.
// The test checks that every expected document is among the first results (all versions, as
// the search box lists them, synonyms and broader terms included) and that no forbidden one is;
// it prints R-precision (precision among the first |expected| results) and recall at 10.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assembleDataset } from "../../../src/domain/assembleDataset.ts";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { createSearchIndex, searchDocuments } from "../../../src/domain/searchIndex.ts";
import { buildSearchGroups } from "../../../src/state/searchResults.ts";

const DATA = join(import.meta.dirname, "../../../data");
const FILES = ["2010.json", "2016.json", "2024.json", "lineage.json", "glossary.json", "sources.json"];
const real = assembleDataset(Object.fromEntries(FILES.map((f) => [`data/${f}`, JSON.parse(readFileSync(join(DATA, f), "utf8"))])));
const index = createSearchIndex(real);
const indexes = indexVersions(real);

interface Golden {
  q: string;
  expected: string[];
  forbidden?: string[];
  /** Why: the passage of the data (from the sources) that makes each expected document an answer. */
  passage: string;
}

const PROFESSIONS = ["2010:rh2s", "2010:rh1", "2016:theme:3"];
const TARIF = ["2016:theme:2", "2010:r1", "2016:body:1"];
const INTERNATIONAL = ["2010:mission-strategie", "2016:sr2", "2024:appui-pilotages"];

const GOLDEN: Golden[] = [
  { q: "tarification", expected: TARIF, passage: "2016 « pilotage de l'ensemble de la tarification » ; R1 2010 « campagnes budgétaires et tarifaires » ; ATIH 2016 « élaboration des tarifs hospitaliers »" },
  { q: "tarifs", expected: TARIF, passage: "idem (002 et 000)" },
  { q: "tarifaire", expected: TARIF, passage: "idem" },
  { q: "T2A", expected: ["2016:theme:2"], passage: "synonyms.ts : T2A = tarification à l'activité (LFSS 2004, art. 33) ; terme voisin « tarification » (002)" },
  { q: "GHT", expected: ["2010:pf3", "2016:pf3"], passage: "003 « formes de coopération (GHT, …) » ; PF3 2010 « valorise les coopérations », PF3 2016 « Coopérations et contractualisations »" },
  { q: "télémédecine", expected: ["2016:theme:0", "2016:body:2"], passage: "002 « prises en charge alternatives : télémédecine » ; ANAP « (numérique, ambulatoire, télémédecine…) »" },
  { q: "telemedecine", expected: ["2016:theme:0", "2016:body:2"], passage: "idem, sans accents" },
  { q: "télémédcine", expected: ["2016:theme:0", "2016:body:2"], passage: "idem, une faute de frappe" },
  { q: "urgences", expected: ["2016:theme:0"], passage: "002 « organisation des soins primaires, de la médecine d'urgence »" },
  { q: "urgence", expected: ["2016:theme:0"], passage: "idem" },
  { q: "paramédicaux", expected: PROFESSIONS, passage: "CSP : les auxiliaires médicaux sont des professions de santé ; RH2S 2010 « pilotage des professions de santé », RH1 « démographie des professions de santé »" },
  { q: "infirmier", expected: PROFESSIONS, passage: "idem (CSP, livre III, titre Ier)" },
  { q: "ANAP", expected: ["2010:body:1", "2016:body:2", "2024:body:0"], passage: "000 « Opérateurs : agence nationale d'appui à la performance (ANAP) » ; 002 ; 003" },
  { q: "ATIH", expected: ["2010:body:2", "2016:body:1", "2024:body:1"], passage: "000, 002, 003 : opérateurs" },
  { q: "CNG", expected: ["2010:body:3", "2016:body:0", "2024:body:2"], passage: "000, 002, 003 : opérateurs" },
  { q: "ANDPC", expected: ["2024:body:3"], passage: "003 « ses 4 opérateurs (ANAP, ATIH, CNG et ANDPC) »" },
  { q: "internes", expected: ["2024:theme:3"], forbidden: INTERNATIONAL, passage: "003 axe 4 « sécuriser les procédures internes »" },
  { q: "relations internationales", expected: ["2010:mission-strategie"], passage: "000 Mission « Stratégie, veille, prospective, relations internationales… »" },
  { q: "l'ONDAM", expected: ["2010:r1", "2024:financement-performance"], passage: "000 R1 « construction de l'ONDAM » ; 001 « (ONDAM hospitalier) »" },
  { q: "objectif national de dépenses d'assurance maladie", expected: ["2024:financement-performance", "2010:r1"], passage: "idem, développé" },
  { q: "déontologie", expected: ["2010:rh2", "2016:rh2", "2024:rh"], passage: "RH2 « Exercice, déontologie… » ; 001 « obligations déontologiques »" },
  { q: "deontologiques", expected: ["2010:rh2", "2016:rh2", "2024:rh"], passage: "idem" },
  { q: "opérateurs", expected: ["2010:mission-strategie", "2010:cellule-controle-gestion", "2010:body:1", "2024:body:3"], passage: "000 « pilotage des opérateurs », « opérateurs externes », « Opérateurs : … (ANAP) » ; 003 « ses 4 opérateurs (… ANDPC) »" },
  { q: "pilotage des opérateurs", expected: ["2010:mission-strategie", "2016:dgos"], passage: "000 Mission « … et pilotage des opérateurs » ; 002 « assure le pilotage de ses 3 opérateurs »" },
  { q: "tutelle des opérateurs", expected: ["2024:appui-pilotages"], passage: "001 « tutelle des opérateurs »" },
  { q: "permanence des soins", expected: ["2010:r2", "2024:acces-soins", "2016:theme:0"], passage: "000 R2 « permanence des soins » ; 001 « organiser la permanence des soins » ; 002" },
  { q: "maladies rares", expected: ["2024:pole-recherche"], passage: "001 « patients atteints de maladies rares »" },
  { q: "recherche clinique", expected: ["2010:pf4", "2016:pf4"], passage: "PF4 « innovation et recherche clinique »" },
  { q: "numérique", expected: ["2024:dep-numerique", "2024:theme:2", "2016:theme:1"], passage: "001 « transformation numérique » ; 003 axe 3 « le numérique » ; 002 « programmes nationaux : achats, numérique »" },
  { q: "systèmes d'information", expected: ["2010:pf-msios", "2016:pf5"], passage: "000 MSIOS ; 002 PF5 « Systèmes d'information des acteurs »" },
  { q: "communication", expected: ["2010:mission-affaires-reservees", "2016:sr5", "2024:cabinet"], passage: "000, 002 SR5, 001 « gère la communication »" },
  { q: "PLFSS", expected: ["2010:r1", "2010:rh-etudes-impact"], passage: "000 R1 « coordonne le PLFSS » ; « volet mesures salariales du PLFSS »" },
  { q: "masse salariale", expected: ["2010:rh-etudes-impact", "2016:rh5"], passage: "« Études d'impact métiers et masse salariale »" },
  { q: "dialogue social", expected: ["2010:rh3", "2016:theme:3", "2016:theme:5"], passage: "000 RH3 « dialogue social » ; 002" },
  { q: "usagers", expected: ["2010:mission-usagers", "2016:sr3"], passage: "« Usagers de l'offre de soins »" },
  { q: "droits des patients", expected: ["2016:theme:4"], passage: "002 « les droits des patients et des usagers de la santé »" },
  { q: "droits des usagers", expected: ["2010:mission-usagers", "2016:theme:4"], passage: "000 « conçoit et promeut la politique à l'égard des usagers… le respect et le renforcement de leurs droits » ; 002" },
  { q: "hospitalisation à domicile", expected: ["2016:theme:0", "2016:theme:2", "2010:r3"], passage: "002 ; 000 R3 « (SSR, HAD) » (glossaire)" },
  { q: "psychiatrie", expected: ["2010:r4", "2016:theme:2"], passage: "000 R4 « (psychiatrie, addictions…) » ; 002 tarification « psychiatrie »" },
  { q: "santé mentale", expected: ["2010:r4", "2016:r4"], passage: "R4 « … pathologies chroniques et santé mentale »" },
  { q: "écologique", expected: ["2024:cabinet", "2024:theme:1"], passage: "001 « transition écologique » ; 003 « planification écologique »" },
  { q: "statistiques", expected: ["2024:dep-donnees"], passage: "« Département données et études statistiques »" },
  { q: "régulation", expected: ["2010:r", "2016:r"], passage: "« Sous-direction de la régulation de l'offre de soins »" },
  { q: "premier recours", expected: ["2010:r2", "2016:r2", "2024:acces-soins"], passage: "000 « Bureau du 1er recours » ; 002 « Premier recours » ; 001" },
  { q: "déserts médicaux", expected: ["2016:theme:0"], passage: "002 « lutte contre les déserts médicaux »" },
  { q: "COPERMO", expected: ["2016:body:4", "2016:theme:1"], passage: "002 « animation du comité de la performance et de la modernisation (COPERMO) »" },
  { q: "effectif", expected: ["2010:gap:0", "2016:gap:5"], passage: "gaps : « aucun effectif pour la DGOS de 2010 », « L'effectif (« 280 agents environ ») n'est pas daté »" },
  { q: "contentieux", expected: ["2010:cellule-affaires-juridiques"], passage: "000 « la gestion des contentieux »" },
  { q: "achats", expected: ["2016:theme:1", "2024:body:0"], passage: "002 « achats, numérique » ; 003 « politiques d'achat en lien avec l'ANAP »" },
  { q: "financment", expected: ["2024:financement-performance"], passage: "faute de frappe ; « Sous-direction du financement et de la performance »" },
  { q: "certification des comptes", expected: ["2016:theme:1"], passage: "002 « certification des comptes hospitaliers »" },
];

// The results as the search box lists them (all versions), flattened in rank order across versions.
function answer(q: string): string[] {
  const { hits } = searchDocuments(index, q, { match: "all-else-any", limit: 10 });
  if (hits.length > 0) return hits.map((h) => (h.kind === "unit" ? `${h.version}:${h.unitId}` : `${h.version}:${h.kind}:${h.ref}`));
  const groups = buildSearchGroups(real, indexes, index, q, { version: "2024", allVersions: true });
  return groups.flatMap((g) => [...g.items.filter((i) => !i.viaLineage).map((i) => i.key), ...(g.entries ?? []).map((e) => `${e.version}:${e.kind}:${e.key.split(":").at(-1)}`)]).slice(0, 10);
}

const scores: { q: string; precision: number; recall: number }[] = [];

describe("golden questions (real data)", () => {
  it("has at least 40 questions", () => expect(GOLDEN.length).toBeGreaterThanOrEqual(40));
  for (const g of GOLDEN) {
    it(`« ${g.q} » → ${g.expected.join(", ")}`, () => {
      const got = answer(g.q);
      const top = got.slice(0, Math.max(10, g.expected.length));
      const found = g.expected.filter((e) => top.includes(e));
      scores.push({
        q: g.q,
        precision: got.slice(0, g.expected.length).filter((k) => g.expected.includes(k)).length / g.expected.length,
        recall: found.length / g.expected.length,
      });
      expect(found).toEqual(g.expected);
      for (const f of g.forbidden ?? []) expect(got).not.toContain(f);
    });
  }
  it("says plainly when the sources hold nothing, with where else they speak of it", () => {
    const [group] = buildSearchGroups(real, indexes, index, "SAMU", { version: "2024", allVersions: true });
    expect(group?.items).toEqual([]);
    expect(group?.notice?.missing).toBe("SAMU");
    const [ght] = buildSearchGroups(real, indexes, index, "GHT", { version: "2010", allVersions: false });
    expect(ght?.notice?.mentionedIn?.title).toMatch(/Projet stratégique/);
    expect(ght?.notice?.insteadOf?.term).toBe("coopérations");
  });
  afterAll(() => {
    if (scores.length === 0) return;
    const mean = (k: "precision" | "recall") => scores.reduce((s, x) => s + x[k], 0) / scores.length;
    console.log(`golden search: ${scores.length} questions, mean R-precision ${mean("precision").toFixed(3)}, mean recall@10 ${mean("recall").toFixed(3)}`);
  });
});
