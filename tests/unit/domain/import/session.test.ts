import { describe, expect, it } from "vitest";
import { buildImportedOrg, checkOrg } from "../../../../src/domain/import/build.ts";
import { parseBytes } from "../../../../src/domain/import/parseFile.ts";
import { openSession, SHOWN_PROBLEMS } from "../../../../src/domain/import/session.ts";
import { referentielArrays } from "./fixtures.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const OPTIONS = { id: "import-s", importedAt: "2025-01-01T00:00:00Z" };

describe("openSession", () => {
  it("summarises the checked file, answers root queries and builds the same version as buildImportedOrg", () => {
    const outcome = parseBytes(bytes(JSON.stringify(referentielArrays)), "r.json");
    const session = openSession(outcome);
    const checked = checkOrg(parseBytes(bytes(JSON.stringify(referentielArrays)), "r.json").org);
    expect(session.summary).toMatchObject({ fileName: "r.json", format: "referentiel", unitCount: checked.byKey.size, rootCount: checked.roots.length, fatal: false });
    expect(session.summary.problems).toEqual(checked.problems);
    const [dgos] = session.roots("DGOS", 5);
    expect(dgos).toMatchObject({ key: "d1", shortName: "DGOS" });
    expect(session.count("d1")).toBe(buildImportedOrg(checked, "d1", OPTIONS)?.version.units.length);
    expect(session.build("d1", OPTIONS)).toEqual(buildImportedOrg(checked, "d1", OPTIONS));
    expect(session.count("nope")).toBe(0);
  });

  it("sends the first problems only, with the counts of all, and names the single root of a spreadsheet", () => {
    const rows = ["code;parent;nom", "R;;Racine", ...Array.from({ length: SHOWN_PROBLEMS + 20 }, (_, i) => `X${i};ABSENT;Orpheline ${i}`)];
    const { summary } = openSession(parseBytes(bytes(rows.join("\n")), "t.csv"));
    expect(summary.problems).toHaveLength(SHOWN_PROBLEMS);
    expect(summary.problemCount).toBe(SHOWN_PROBLEMS + 20);
    expect(summary.errorCount).toBe(SHOWN_PROBLEMS + 20);
    expect(summary.singleRoot).toEqual({ key: "R", name: "Racine", childCount: 0, unitCount: 1 });
  });

  it("offers no root for a file that cannot be imported", () => {
    const session = openSession(parseBytes(bytes("{ broken"), "b.json"));
    expect(session.summary.fatal).toBe(true);
    expect(session.roots("", 10)).toEqual([]);
  });
});
