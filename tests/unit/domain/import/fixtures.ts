// Small files written from the documented shape of the Référentiel export and of the CSV format.
export const referentielArrays = {
  service: [
    {
      id: "a1",
      nom: "Ministère du travail, de la santé et des solidarités",
      sigle: "MTSS",
      type_organisme: "Administration centrale (ou Ministère)",
      hierarchie: [{ type_hierarchie: "Service Fils", service: "d1" }],
      date_modification: "02/03/2025 10:00:00",
      champ_inconnu: { x: 1 },
    },
    {
      id: "d1",
      nom: "Direction générale de l'offre de soins",
      sigle: "DGOS",
      type_organisme: "Administration centrale (ou Ministère)",
      mission: "Elle élabore la politique de l'offre de soins.",
      hierarchie: [
        { type_hierarchie: "Service Fils", service: "sd1" },
        { type_hierarchie: "Service Fils", service: { id: "b2" } },
        { type_hierarchie: "Autre hiérarchie", service: "x9" },
      ],
      affectation_personne: [{ fonction: "Directrice générale", personne: { civilite: "Mme", prenom: "Anne", nom: "Exemple" } }],
      adresse_courriel: ["dgos@example.invalid"],
      telephone: [{ valeur: "01 00 00 00 00" }],
      site_internet: [{ libelle: "Site", valeur: "https://example.invalid" }],
      adresse: [{ numero_voie: "14 avenue Duquesne", code_postal: "75007", nom_commune: "Paris" }],
      texte_reference: [{ libelle: "Arrêté du 26 mars 2024", valeur: "https://example.invalid/arrete" }],
      date_modification: "15/06/2025 09:30:00",
    },
    {
      id: "sd1",
      nom: "Sous-direction de la régulation de l'offre de soins",
      hierarchie: [{ type_hierarchie: "Service Fils", service: "b1" }],
      date_modification: "01/01/2025 00:00:00",
    },
    { id: "b1", nom: "Bureau de la qualité et de la sécurité des soins", mission: "Qualité des soins." },
    { id: "b2", nom: "Bureau des ressources humaines" },
    { id: "x9", nom: "Agence nationale d'appui à la performance", sigle: "ANAP" },
  ],
};

/** The same export with nested fields as JSON-encoded strings (some distributions do this). */
export const referentielStrings = {
  service: referentielArrays.service.map((s) => {
    const out: Record<string, unknown> = { ...s };
    for (const key of ["hierarchie", "affectation_personne", "adresse_courriel", "telephone", "site_internet", "adresse", "texte_reference"]) {
      if (key in out) out[key] = JSON.stringify(out[key]);
    }
    return out;
  }),
};

export const csvSemicolon = [
  "Code;Parent;Nom;Type;Missions;Source",
  "DIR;;Direction exemple;direction;Piloter;organigramme 2025",
  'SD1;DIR;Sous-direction A;sous-direction;"Mission 1\nMission 2";',
  "B1;SD1;Bureau de la qualité;;Qualité | Sécurité;",
  "",
].join("\r\n");

export const encoder = new TextEncoder();
export const bytesOf = (text: string) => encoder.encode(text);
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value));
