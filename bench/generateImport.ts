// Deterministic synthetic import files for the bench: a Référentiel-shaped export of N services
// (ministries, directions, sous-directions, bureaux; one « DGOS-like » direction holding about
// 10,000 units) and a CSV of N rows. Seeded PRNG, no clock: same output on every machine.
import { mulberry32 } from "./generateOrg.ts";
import { writeWorkbook } from "./workbook.ts";

const WORDS = ["offre", "soins", "qualité", "sécurité", "financement", "ressources", "humaines", "pilotage", "performance", "territoires", "innovation", "recherche", "régulation", "établissements", "professions", "santé", "parcours", "numérique", "données", "accès"];

function label(rng: () => number, prefix: string): string {
  const n = 2 + Math.floor(rng() * 3);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rng() * WORDS.length)]);
  return `${prefix} ${words.join(" et de la ")}`;
}

/** A `{ service: [...] }` export of `count` services; the service « g-big » (sigle BIG) has ~`bigSubtree` units. */
export function generateReferentiel(count: number, seed = 20_250_615, bigSubtree = 10_000): { service: Record<string, unknown>[] } {
  const rng = mulberry32(seed);
  const services: Record<string, unknown>[] = [];
  const children = new Map<string, string[]>();
  const add = (id: string, nom: string, parent: string | null, extra: Record<string, unknown> = {}) => {
    services.push({
      id,
      nom,
      type_organisme: "Administration centrale (ou Ministère)",
      mission: rng() < 0.7 ? `Elle est chargée de ${label(rng, "la politique").toLowerCase()}.` : undefined,
      affectation_personne: rng() < 0.5 ? [{ fonction: "Chef de service", personne: { civilite: "M.", prenom: "Prénom", nom: `Nom${services.length}` } }] : [],
      telephone: [{ valeur: "01 00 00 00 00" }],
      date_modification: `${String(1 + Math.floor(rng() * 28)).padStart(2, "0")}/0${1 + Math.floor(rng() * 9)}/2025 10:00:00`,
      ...extra,
    });
    if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  };
  // The big direction first, then ministries and their trees until `count`.
  add("g-big", "Direction générale de l'offre synthétique", null, { sigle: "BIG" });
  const queue = ["g-big"];
  let made = 1;
  while (made < Math.min(bigSubtree, count)) {
    const parent = queue.shift() as string;
    const fanout = 4 + Math.floor(rng() * 8);
    for (let i = 0; i < fanout && made < Math.min(bigSubtree, count); i++) {
      const id = `g-big-${made}`;
      add(id, label(rng, made < 50 ? "Sous-direction de la" : "Bureau de la"), parent);
      queue.push(id);
      made++;
    }
  }
  let m = 0;
  while (made < count) {
    const ministry = `m-${m++}`;
    add(ministry, `Ministère synthétique ${m}`, null);
    made++;
    const q = [ministry];
    const size = Math.min(count - made, 500 + Math.floor(rng() * 3000));
    for (let k = 0; k < size; k++) {
      const parent = q[Math.floor(rng() * q.length)] as string;
      const id = `${ministry}-${k}`;
      add(id, label(rng, "Bureau de la"), parent);
      q.push(id);
      made++;
    }
  }
  const byId = new Map(services.map((s) => [s.id as string, s]));
  for (const [parent, kids] of children) {
    const s = byId.get(parent);
    if (s) s.hierarchie = kids.map((k) => ({ type_hierarchie: "Service Fils", service: k }));
  }
  return { service: services };
}

/** A CSV of `rows` units under one root, `;`-separated, missions `|`-separated. */
export function generateCsv(rows: number, seed = 20_250_615): string {
  const rng = mulberry32(seed);
  const lines = ["code;parent;nom;type;missions"];
  for (let i = 0; i < rows; i++) {
    const parent = i === 0 ? "" : `U${Math.floor((i - 1) / (3 + Math.floor(rng() * 6)))}`;
    lines.push(`U${i};${parent};${label(rng, i === 0 ? "Direction de la" : "Bureau de la")};;${label(rng, "Mission")} | ${label(rng, "Suivi")}`);
  }
  return lines.join("\n");
}

/** The CSV's rows as an Excel workbook (one sheet), as a user's spreadsheet would be saved. */
export function generateWorkbook(rows: number, seed = 20_250_615): Uint8Array {
  const lines = generateCsv(rows, seed).split("\n");
  return writeWorkbook([{ name: "Unités", rows: lines.map((line) => line.split(";").map((cell) => (cell === "" ? null : cell))) }]);
}
