// Curated synonyms and acronyms the search box joins, beyond the glossary (data/glossary.json,
// which holds the acronyms the sources themselves spell out). Each entry says where the
// equivalence comes from: a source file or a named public text. Loaded with the search engine
// (lazy chunk), never at start-up.

export interface SynonymEntry {
  /** Equivalent forms: searching one searches all of them. */
  forms: readonly string[];
  /**
   * Broader terms that the data does use, offered (and labelled as such) when no form is found:
   * « T2A » is not in the sources, « tarification » is.
   */
  related?: readonly string[];
  /** Where the equivalence comes from: a file of the sources or a named public text, and the passage. */
  source: { file: string; passage: string };
  /**
   * Where a source document mentions the term in text that data/ does not hold (the 2025-2027
   * strategic project is summarised by its axes only), so the app never says « the sources do
   * not mention » a word they do.
   */
  mentionedIn?: { file: string; passage: string };
}

const CSP_AUXILIAIRES = {
  file: "Code de la santé publique",
  passage:
    "quatrième partie « Professions de santé », livre III « Auxiliaires médicaux… », titre Ier « Profession d'infirmier ou d'infirmière » : les professions dites paramédicales sont les auxiliaires médicaux, professions de santé",
};

export const SYNONYMS: readonly SynonymEntry[] = [
  {
    forms: ["T2A", "tarification à l'activité"],
    related: ["tarification"],
    source: {
      file: "Loi n° 2003-1199 du 18 décembre 2003 de financement de la sécurité sociale pour 2004",
      passage: "article 33 : tarification à l'activité (T2A) des établissements de santé",
    },
  },
  {
    forms: ["GHT", "groupements hospitaliers de territoire"],
    related: ["coopérations"],
    source: {
      file: "Loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé",
      passage: "article 107 (Code de la santé publique, art. L. 6132-1) : groupements hospitaliers de territoire",
    },
    mentionedIn: {
      file: "003_428820d04b955647.txt",
      passage: "accompagner les établissements vers les formes de coopération (GHT, groupements de coopération sanitaires, groupements d'intérêt économique)",
    },
  },
  {
    forms: ["infirmier", "infirmière"],
    related: ["professions de santé", "non médicaux"],
    source: CSP_AUXILIAIRES,
    mentionedIn: { file: "003_428820d04b955647.txt", passage: "actualiser les compétences des infirmiers" },
  },
  {
    forms: ["paramédical", "auxiliaires médicaux"],
    related: ["professions de santé", "non médicaux"],
    source: CSP_AUXILIAIRES,
    mentionedIn: { file: "003_428820d04b955647.txt", passage: "un élargissement des compétences des professionnels paramédicaux" },
  },
  {
    forms: ["1er recours", "premier recours"],
    source: { file: "002_71003b86cced0e5a.txt", passage: "R2 PREMIER RECOURS (le bureau R2 de 2010 : « Bureau du 1er recours », 000)" },
  },
  {
    forms: ["hôpital", "hospitalier"],
    related: ["établissements de santé"],
    source: { file: "Dictionnaire de l'Académie française, 9e édition", passage: "« hospitalier » : qui concerne les hôpitaux" },
  },
  {
    forms: ["soins primaires", "soins de premier recours"],
    source: {
      file: "Code de la santé publique",
      passage: "art. L. 1411-11 (soins de premier recours) ; 003 : « Les soins primaires sont confiés à la médecine de ville »",
    },
  },
  {
    forms: ["directeur général", "directrice générale"],
    source: { file: "001_0dcd239cd72615c0.txt", passage: "la directrice générale (2010 et 2024) ; le directeur général (002, 2016)" },
  },
];
