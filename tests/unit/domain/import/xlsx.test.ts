import fc from "fast-check";
import readExcelFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { readSheets } from "../../../../src/adapters/readXlsx.ts";
import { openRequest } from "../../../../src/adapters/importProtocol.ts";
import { isWorkbook } from "../../../../src/adapters/unzip.ts";
import { parseBytes } from "../../../../src/domain/import/parseFile.ts";
import { buildImportedOrg, checkOrg } from "../../../../src/domain/import/build.ts";
import { parseCsv } from "../../../../src/domain/import/csv.ts";
import { formatLocation, isLocated, type Problem } from "../../../../src/domain/import/types.ts";
import { columnName, readWorkbook, type Sheet } from "../../../../src/domain/import/xlsx.ts";
import { csvSemicolon } from "./fixtures.ts";
import { writeWorkbook, type WorkbookCell } from "../../../../bench/workbook.ts";

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** The CSV fixture as the same rows in a sheet (what « Enregistrer sous » gives either way). */
const csvRows: WorkbookCell[][] = [
  ["Code", "Parent", "Nom", "Type", "Missions", "Source"],
  ["DIR", null, "Direction exemple", "direction", "Piloter", "organigramme 2025"],
  ["SD1", "DIR", "Sous-direction A", "sous-direction", "Mission 1\nMission 2", null],
  ["B1", "SD1", "Bureau de la qualité", null, "Qualité | Sécurité", null],
];

async function sheetsOf(sheets: { name: string; rows: WorkbookCell[][] }[]): Promise<Sheet[]> {
  const read = await readSheets(buffer(writeWorkbook(sheets)));
  if (!("sheets" in read)) throw new Error(read.problem);
  return read.sheets;
}

describe("Excel workbook import", () => {
  it("names columns as Excel does", () => {
    expect([1, 2, 26, 27, 52, 703].map(columnName)).toEqual(["A", "B", "Z", "AA", "AZ", "AAA"]);
  });

  it("reads a sheet into the same units, missions and sources as the equivalent CSV", async () => {
    const fromSheet = checkOrg(readWorkbook(await sheetsOf([{ name: "Feuil1", rows: csvRows }]), "org.xlsx"));
    const fromCsv = checkOrg(parseCsv(csvSemicolon, "org.csv"));
    const options = { id: "import-x", importedAt: "2025-07-01T10:00:00Z" };
    const a = buildImportedOrg(fromSheet, "DIR", options);
    const b = buildImportedOrg(fromCsv, "DIR", options);
    expect(a?.format).toBe("xlsx");
    expect(a?.version.units.map((u) => [u.id, u.parent, u.name, u.kind, u.missions])).toEqual(b?.version.units.map((u) => [u.id, u.parent, u.name, u.kind, u.missions]));
    expect(fromSheet.problems).toEqual([]);
  });

  it("locates every problem at its row, column and Excel cell reference", async () => {
    const sheets = await sheetsOf([
      {
        name: "Unités 2025",
        rows: [
          ["code", "parent", "nom", "couleur"],
          ["D", null, "Direction"],
          ["B1", "D", null],
          [null, "D", "Sans code"],
        ],
      },
    ]);
    const problems: Problem[] = [];
    readWorkbook(sheets, "org.xlsx", problems);
    expect(problems.map((p) => [p.severity, formatLocation(p.at)])).toEqual([
      ["warning", "ligne 1, colonne 4 ('Unités 2025'!D1)"],
      ["error", "ligne 3, colonne 3 ('Unités 2025'!C3)"],
      ["error", "ligne 4, colonne 1 ('Unités 2025'!A4)"],
    ]);
    expect(problems[1]?.message).toMatch(/Nom vide pour le code « B1 »/);
  });

  it("keeps codes written as numbers, skips empty rows, and reads the first sheet that holds anything, naming the others", async () => {
    const sheets = await sheetsOf([
      { name: "Vide", rows: [] },
      { name: "Unites", rows: [["id", "parent", "name"], [null, null, null], [100, null, "Racine"], [101, 100, "Enfant"]] },
      { name: "Notes", rows: [["à lire"]] },
    ]);
    const problems: Problem[] = [];
    const org = readWorkbook(sheets, "org.xlsx", problems);
    expect(org.records.map((r) => [r.key, r.parentKey, r.at.line])).toEqual([
      ["100", null, 3],
      ["101", "100", 4],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/Seule la feuille « Unites » est lue .*« Vide », « Notes »/);
  });

  it("writes dates as ISO days and refuses a workbook whose sheets are all empty", () => {
    const dated = readWorkbook([{ sheet: "F", data: [["code", "parent", "nom", "source"], ["A", null, "Racine", new Date("2025-03-04T00:00:00Z")]] }], "d.xlsx");
    expect(dated.records[0]?.source).toBe("2025-03-04");
    const problems: Problem[] = [];
    readWorkbook([{ sheet: "F", data: [[null]] }], "e.xlsx", problems);
    expect(problems).toEqual([{ severity: "fatal", message: "Classeur vide : aucune feuille ne contient de cellule remplie.", at: { line: 1 } }]);
  });

  it("takes the sheet as read-excel-file gives it, leading empty rows kept so row numbers match Excel's", async () => {
    const bytes = writeWorkbook([{ name: "F", rows: [[null, null, null], ["code", "parent", "nom"], ["A", null, "Racine"]] }]);
    const sheets = (await readExcelFile(buffer(bytes))) as Sheet[];
    const org = readWorkbook(sheets, "f.xlsx");
    expect(org.records[0]?.at).toMatchObject({ line: 3, path: "F!A3" });
  });

  it("tells a workbook from another .zip by its parts, without inflating anything", async () => {
    expect(await isWorkbook(writeWorkbook([{ name: "F", rows: [["a"]] }]))).toBe(true);
    const { zipSync } = await import("fflate");
    expect(await isWorkbook(zipSync({ "referentiel.json": new TextEncoder().encode("{}") }))).toBe(false);
  });

  it("opens a workbook as an import session, and a damaged one as a located fatal problem, without throwing", async () => {
    const session = await openRequest({ bytes: buffer(writeWorkbook([{ name: "Feuil1", rows: csvRows }])), fileName: "org.xlsx", workbook: true });
    expect(session.summary).toMatchObject({ format: "xlsx", unitCount: 3, rootCount: 1, fatal: false });
    const broken = writeWorkbook([{ name: "Feuil1", rows: csvRows }]).subarray(0, 200);
    const failed = await openRequest({ bytes: buffer(broken), fileName: "abîmé.xlsx", workbook: true });
    expect(failed.summary.fatal).toBe(true);
    expect(failed.summary.problems[0]).toMatchObject({ severity: "fatal", message: expect.stringMatching(/^Classeur Excel illisible/), at: { path: "abîmé.xlsx" } });
  });

  it("refuses an old .xls or a password-protected workbook (compound files) with what to do instead", () => {
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(parseBytes(compound, "ancien.xls").org.problems).toEqual([
      { severity: "fatal", message: expect.stringMatching(/^Ancien classeur Excel \(\.xls\).*CSV UTF-8\.$/), at: { line: 1 } },
    ]);
  });

  it("opens damaged workbooks (bytes changed, cut short) without throwing, every problem located", async () => {
    const good = writeWorkbook([{ name: "Feuil1", rows: csvRows }]);
    const damaged = fc
      .tuple(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(good.length))
      .map(([edits, cut]) => {
        const bytes = good.slice(0, Math.max(cut, 30));
        for (const [at, byte] of edits) if (at < bytes.length) bytes[at] = byte;
        return bytes;
      });
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const session = await openRequest({ bytes: buffer(bytes), fileName: "f.xlsx", workbook: true });
        for (const p of session.summary.problems) expect(isLocated(p.at), p.message).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
