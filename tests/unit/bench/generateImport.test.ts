import { describe, expect, it } from "vitest";
import { generateCsv, generateReferentiel } from "../../../bench/generateImport.ts";
import { buildImportedOrg, checkOrg, findRoots } from "../../../src/domain/import/build.ts";
import { parseText } from "../../../src/domain/import/parseFile.ts";

describe("synthetic import files for the bench", () => {
  it("are deterministic and read without problems, the big direction holding the asked subtree", () => {
    const a = JSON.stringify(generateReferentiel(3000, 1, 1200));
    expect(JSON.stringify(generateReferentiel(3000, 1, 1200))).toBe(a);
    const checked = checkOrg(parseText(a, "r.json").org);
    expect(checked.problems).toEqual([]);
    expect(checked.byKey.size).toBe(3000);
    const root = findRoots(checked, "BIG")[0]!;
    expect(buildImportedOrg(checked, root.key, { id: "import-b", importedAt: "2025-01-01T00:00:00Z" })?.version.units).toHaveLength(1200);
    const csv = checkOrg(parseText(generateCsv(500), "t.csv").org);
    expect(csv.problems).toEqual([]);
    expect(csv.roots).toHaveLength(1);
    expect(generateCsv(500)).toBe(generateCsv(500));
  });
});
