import { describe, expect, it } from "vitest";
import { buildImportedOrg, checkOrg, findRoots } from "../../../../src/domain/import/build.ts";
import { parseBytes } from "../../../../src/domain/import/parseFile.ts";
import { formatLocation, importInfo, type ImportedOrg } from "../../../../src/domain/import/types.ts";
import { jsonBytes, referentielArrays, referentielStrings } from "./fixtures.ts";

function importDgos(data: unknown): ImportedOrg {
  const checked = checkOrg(parseBytes(jsonBytes(data), "referentiel.json").org);
  const root = findRoots(checked, "DGOS")[0];
  const org = root && buildImportedOrg(checked, root.key, { id: "import-r", importedAt: "2025-07-01T10:00:00Z" });
  if (!org) throw new Error("no org");
  return org;
}

describe.each([
  ["nested fields as arrays", referentielArrays],
  ["nested fields as JSON-encoded strings", referentielStrings],
])("Référentiel export with %s", (_label, data) => {
  it("finds the root by sigle and builds the subtree from it down, « Service Fils » being the child", () => {
    const org = importDgos(data);
    expect(org.format).toBe("referentiel");
    expect(org.version.units.map((u) => [u.id, u.parent, u.kind])).toEqual([
      ["d1", null, "direction"],
      ["sd1", "d1", "sous-direction"],
      ["b1", "sd1", "bureau"],
      ["b2", "d1", "bureau"],
    ]);
    expect(org.version.label).toBe("Direction générale de l'offre de soins (DGOS)");
  });

  it("keeps missions, people in charge, contacts, reference texts and provenance", () => {
    const dgos = org(data).version.units[0]!;
    expect(dgos.missions).toEqual({ status: "described", items: ["Elle élabore la politique de l'offre de soins."] });
    const info = importInfo(dgos)!;
    expect(info.people).toEqual([{ role: "Directrice générale", name: "Mme Anne Exemple" }]);
    expect(info.contacts).toEqual([
      { kind: "Courriel", value: "dgos@example.invalid" },
      { kind: "Téléphone", value: "01 00 00 00 00" },
      { kind: "Site internet", value: "https://example.invalid" },
      { kind: "Adresse", value: "14 avenue Duquesne 75007 Paris" },
    ]);
    expect(info.references).toEqual(["Arrêté du 26 mars 2024"]);
    expect(info.recordKey).toBe("d1");
    expect(formatLocation(info.at)).toBe("enregistrement « d1 » ($.service[1])");
    expect(org(data).version.units[2]!.missions).toEqual({ status: "described", items: ["Qualité des soins."] });
    expect(org(data).version.units[3]!.missions.status).toBe("not-described");
  });

  it("shows « Autre hiérarchie » as a secondary link, never as the parent, even outside the subtree", () => {
    const dgos = org(data).version.units[0]!;
    expect(importInfo(dgos)!.secondary).toEqual([{ unitId: null, name: "Agence nationale d'appui à la performance", direction: "declared" }]);
  });

  it("dates the data by the latest date_modification of the subtree", () => {
    expect(org(data).dataDate).toBe("2025-06-15");
    expect(org(data).version.effectiveDate.value).toBe("2025-06-15");
  });
});

const org = importDgos;

describe("Référentiel export problems", () => {
  it("reports services without id or name and duplicate ids by JSON path or record id, and imports the rest", () => {
    const data = {
      service: [
        { id: "r", nom: "Racine", hierarchie: [{ type_hierarchie: "Service Fils", service: "c" }] },
        { nom: "Sans id" },
        { id: "c", nom: "" },
        { id: "r", nom: "Doublon" },
        "texte",
      ],
    };
    const checked = checkOrg(parseBytes(jsonBytes(data), "r.json").org);
    expect(checked.problems.map((p) => `${formatLocation(p.at)}: ${p.message}`)).toEqual([
      "$.service[1].id: Service sans « id » : ignoré.",
      "enregistrement « c » ($.service[2].nom): Service sans « nom » : ignoré.",
      "enregistrement « r » ($.service[3]): Identifiant « r » en double : seul le premier est gardé.",
      "$.service[4]: Enregistrement qui n'est pas un objet : ignoré.",
      "enregistrement « r » ($.service[0].hierarchie[0]): « Service Fils » « c » absent du fichier : lien ignoré.",
    ]);
    expect(buildImportedOrg(checked, "r", { id: "import-x", importedAt: "2025-01-01T00:00:00Z" })?.version.units).toHaveLength(1);
  });

  it("keeps the first « Service Fils » as parent when two services claim the same child, the second as a secondary link", () => {
    const data = {
      service: [
        { id: "p1", nom: "Premier", hierarchie: [{ type_hierarchie: "Service Fils", service: "c" }] },
        { id: "p2", nom: "Second", hierarchie: [{ type_hierarchie: "Service Fils", service: "c" }] },
        { id: "c", nom: "Enfant" },
      ],
    };
    const checked = checkOrg(parseBytes(jsonBytes(data), "r.json").org);
    expect(checked.byKey.get("c")?.parentKey).toBe("p1");
    expect(checked.byKey.get("p2")?.secondary).toEqual(["c"]);
    expect(checked.problems[0]?.at).toEqual({ path: "$.service[1].hierarchie[0]", record: "p2" });
    const built = buildImportedOrg(checked, "p1", { id: "import-x", importedAt: "2025-01-01T00:00:00Z" });
    expect(importInfo(built!.version.units[1]!)?.secondary).toEqual([{ unitId: null, name: "Second", direction: "reverse" }]);
  });

  it("locates a truncated file by line and column", () => {
    const text = JSON.stringify(referentielArrays, null, 2);
    const outcome = parseBytes(new TextEncoder().encode(text.slice(0, 200)), "t.json");
    const fatal = outcome.org.problems.find((p) => p.severity === "fatal");
    expect(fatal?.message).toMatch(/JSON illisible/);
    expect(fatal?.at.line).toBeGreaterThan(1);
  });

  it("says a JSON without a service list is not an export of the Référentiel", () => {
    const outcome = parseBytes(jsonBytes({ foo: [] }), "x.json");
    expect(outcome.org.problems).toEqual([{ severity: "fatal", message: expect.stringMatching(/Pas de liste « service »/), at: { path: "$" } }]);
  });

  it("searches roots by name without accents, best match first", () => {
    const checked = checkOrg(parseBytes(jsonBytes(referentielArrays), "r.json").org);
    expect(findRoots(checked, "offre de soins").map((r) => r.key)).toEqual(["d1", "sd1"]);
    expect(findRoots(checked, "qualite").map((r) => r.key)).toEqual(["b1"]);
  });
});
