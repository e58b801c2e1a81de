import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildImportedOrg, checkOrg } from "../../../../src/domain/import/build.ts";
import { parseBytes } from "../../../../src/domain/import/parseFile.ts";
import { importInfo } from "../../../../src/domain/import/types.ts";
import type { Version } from "../../../../src/domain/schema.ts";
import { jsonBytes } from "./fixtures.ts";

const v2024 = JSON.parse(readFileSync("data/2024.json", "utf8")) as Version;

describe("App JSON import", () => {
  it("reads a version file of data/ back with the same tree, names, kinds, codes and missions", () => {
    const outcome = parseBytes(jsonBytes(v2024), "2024.json");
    const checked = checkOrg(outcome.org);
    expect(checked.problems).toEqual([]);
    const org = buildImportedOrg(checked, checked.roots[0]!.key, { id: "import-a", importedAt: "2025-01-01T00:00:00Z" })!;
    expect(org.format).toBe("app");
    expect(org.dataDate).toBe(v2024.effectiveDate.value);
    const strip = (u: Version["units"][number]) => [u.id, u.parent, u.name, u.kind, u.code, u.missions.status === "described" ? u.missions.items : []];
    expect(org.version.units.map(strip).sort()).toEqual(v2024.units.map(strip).sort());
    // Provenance is the imported file, never the DGOS sources the file cites.
    expect(org.version.units.every((u) => u.sources.every((s) => s.file === "2024.json"))).toBe(true);
  });

  it("round-trips an imported version with its people and contacts", () => {
    const first = checkOrg(
      parseBytes(jsonBytes({ service: [{ id: "r", nom: "Racine", affectation_personne: [{ fonction: "Chef", personne: { nom: "Nom" } }], telephone: ["01"] }] }), "r.json").org,
    );
    const org = buildImportedOrg(first, "r", { id: "import-a", importedAt: "2025-01-01T00:00:00Z" })!;
    const again = checkOrg(parseBytes(jsonBytes({ versions: [org.version] }), "export.json").org);
    const unit = buildImportedOrg(again, "r", { id: "import-b", importedAt: "2025-01-02T00:00:00Z" })!.version.units[0]!;
    expect(importInfo(unit)?.people).toEqual([{ role: "Chef", name: "Nom" }]);
    expect(importInfo(unit)?.contacts).toEqual([{ kind: "Téléphone", value: "01" }]);
  });

  it("lists the versions of a multi-version file and reads the one asked for", () => {
    const outcome = parseBytes(jsonBytes({ versions: [{ id: "a", label: "A", units: [{ id: "x", name: "X" }] }, { id: "b", units: [{ id: "y", name: "Y" }] }] }), "m.json", {
      versionPath: "$.versions[1]",
    });
    expect(outcome.versions.map((v) => v.path)).toEqual(["$.versions[0]", "$.versions[1]"]);
    expect(outcome.org.records.map((r) => r.key)).toEqual(["y"]);
  });

  it("locates units without id or name by JSON path", () => {
    const outcome = parseBytes(jsonBytes({ id: "v", units: [{ id: "r", name: "R" }, { name: "no id" }, { id: "n", parent: "r" }] }), "v.json");
    expect(outcome.org.problems.map((p) => p.at.path)).toEqual(["$.units[1].id", "$.units[2].name"]);
  });
});
