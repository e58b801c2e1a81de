import { describe, expect, it } from "vitest";
import { buildImportedOrg, checkOrg, findRoots } from "../../../../src/domain/import/build.ts";
import { parseCsv, readCsv } from "../../../../src/domain/import/csv.ts";
import { parseBytes } from "../../../../src/domain/import/parseFile.ts";
import { formatLocation, importInfo, type Problem } from "../../../../src/domain/import/types.ts";
import { bytesOf, csvSemicolon } from "./fixtures.ts";

const build = (text: string, root?: string) => {
  const checked = checkOrg(parseCsv(text, "org.csv"));
  return { checked, org: buildImportedOrg(checked, root ?? checked.roots[0]?.key ?? "", { id: "import-t", importedAt: "2025-07-01T10:00:00Z" }) };
};

describe("CSV import", () => {
  it("reads a semicolon file with a quoted multi-line field, keeping line and column of each cell", () => {
    const problems: Problem[] = [];
    const rows = readCsv('a;b\n"x\ny";z\n', ";", problems);
    expect(rows.map((r) => r.map((c) => [c.value, c.line, c.column]))).toEqual([
      [["a", 1, 1], ["b", 1, 3]],
      [["x\ny", 2, 1], ["z", 3, 4]],
    ]);
    expect(problems).toEqual([]);
  });

  it("builds a version from the parentless row down, with missions split by line breaks and |", () => {
    const { org } = build(csvSemicolon);
    expect(org?.version.units.map((u) => [u.id, u.parent, u.kind])).toEqual([
      ["dir", null, "direction"],
      ["sd1", "dir", "sous-direction"],
      ["b1", "sd1", "bureau"],
    ]);
    const b1 = org?.version.units[2];
    expect(b1?.missions).toEqual({ status: "described", items: ["Qualité", "Sécurité"] });
    expect(org?.version.units[1]?.missions).toEqual({ status: "described", items: ["Mission 1", "Mission 2"] });
    expect(importInfo(org!.version.units[0]!)?.source).toBe("organigramme 2025");
    expect(importInfo(b1!)?.at).toMatchObject({ line: 5 });
    expect(org?.version.gaps[0]).toMatch(/ne provient pas des sources de la DGOS/);
  });

  it("matches English and accented column names case-insensitively, with commas", () => {
    const { org } = build("ID,PARENT,Name,Kind,Mission\nroot,,Root unit,,\nc1,root,Child,bureau,Do things\n");
    expect(org?.version.units.map((u) => u.name)).toEqual(["Root unit", "Child"]);
    const { org: fr } = build("Identifiant;Rattachement;Libellé;Nature\nr;;Racine;\n");
    expect(fr?.version.units[0]?.name).toBe("Racine");
  });

  it("reads a Latin-1 file with a warning and a UTF-8 BOM file without one", () => {
    const latin1 = Uint8Array.from([...bytesOf("code;parent;nom\nR;;"), 0xc9, 0x74, 0x61, 0x74, 0x0a]);
    const outcome = parseBytes(latin1, "x.csv");
    expect(outcome.org.records[0]?.name).toBe("État");
    expect(outcome.org.problems.map((p) => p.message)).toEqual([expect.stringMatching(/Latin-1/)]);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf("code;parent;nom\nR;;État\n")]);
    const clean = parseBytes(bom, "x.csv");
    expect(clean.org.records[0]?.key).toBe("R");
    expect(clean.org.problems).toEqual([]);
  });

  it("locates every bad row: empty name, empty code, duplicate code, unknown parent, cycle, unclosed quote", () => {
    const text = ["code;parent;nom", "R;;Racine", "A;R;", ";R;Sans code", "R;;Double", "B;ZZ;Orphelin", "C;D;Boucle 1", "D;C;Boucle 2", 'E;R;"jamais fermé'].join("\n");
    const { checked, org } = build(text);
    const lines = checked.problems.map((p) => `${p.severity} ${formatLocation(p.at)}: ${p.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^error ligne 3, colonne 5: Nom vide/),
      expect.stringMatching(/^error ligne 4, colonne 1: Code vide/),
      expect.stringMatching(/^error ligne 5, colonne 1 enregistrement « R »: Code « R » en double/),
      expect.stringMatching(/^error ligne 6, colonne 3 enregistrement « B »: Parent « ZZ » introuvable/),
      expect.stringMatching(/^error ligne 7, colonne 3 enregistrement « C »: .*en boucle \(« C » → « D »\)/),
      expect.stringMatching(/^error ligne 9, colonne 5: Guillemet ouvert/),
    ]);
    // What is valid is still importable: the root only. E's quote swallowed the rest of the file,
    // so its row is left out rather than imported with other rows' text inside.
    expect(org?.version.units.map((u) => u.id)).toEqual(["r"]);
  });

  it("never offers a unit the report leaves aside (loop, unknown parent, and what is under them) as a root", () => {
    const { checked } = build("code;parent;nom\nR;;Racine\nA;B;Bureau A\nB;A;Bureau B\nC;ZZ;Bureau C\nC1;C;Bureau C1\nS;R;Bureau S\n");
    expect(findRoots(checked, "bureau").map((r) => r.key)).toEqual(["S"]);
    expect([...checked.byKey.keys()]).toEqual(["R", "S"]);
    expect(buildImportedOrg(checked, "A", { id: "import-t", importedAt: "2025-07-01T10:00:00Z" })).toBeNull();
  });

  it("refuses a file without the required columns, saying which", () => {
    const outcome = parseCsv("nom;type\nA;bureau\n", "x.csv");
    expect(outcome.problems.filter((p) => p.severity === "fatal").map((p) => p.message)).toEqual([
      "Colonne « code (ou id) » absente de l'en-tête.",
      "Colonne « parent » absente de l'en-tête.",
    ]);
  });

  it("offers every parentless row as a root when there are several, and imports only the chosen one", () => {
    const { checked, org } = build("code;parent;nom\nA;;Premier\nB;;Second\nB1;B;Sous B\n", "B");
    expect(checked.roots.map((r) => r.key)).toEqual(["A", "B"]);
    expect(org?.version.units.map((u) => u.id)).toEqual(["b", "b1"]);
    expect(org?.problems.map((p) => p.message)).toContain("1 unité(s) hors de la racine choisie ne sont pas importées.");
  });

  it("cuts enormous mission fields and refuses enormous names, with their place", () => {
    const long = "x".repeat(30_000);
    const problems = parseCsv(`code;parent;nom;missions\nR;;Racine;${long}\nS;R;${"n".repeat(600)};\n`, "x.csv").problems;
    expect(problems.map((p) => [p.severity, formatLocation(p.at)])).toEqual([
      ["warning", "ligne 2, colonne 11"],
      ["error", "ligne 3, colonne 5"],
    ]);
  });
});
