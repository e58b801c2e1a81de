// Parsers against arbitrary input: they never throw, and every problem they report has a place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildImportedOrg, checkOrg, findRoots } from "../../../../src/domain/import/build.ts";
import { parseCsv } from "../../../../src/domain/import/csv.ts";
import { parseBytes, parseText } from "../../../../src/domain/import/parseFile.ts";
import { readReferentiel } from "../../../../src/domain/import/referentiel.ts";
import { isLocated } from "../../../../src/domain/import/types.ts";
import { readWorkbook, type SheetValue } from "../../../../src/domain/import/xlsx.ts";
import { UnitId } from "../../../../src/domain/schema.ts";

const RUNS = 1000;

function assertSound(text: string | Uint8Array, parse: () => ReturnType<typeof checkOrg>["raw"]) {
  const raw = parse();
  const checked = checkOrg(raw);
  for (const p of checked.problems) expect(isLocated(p.at), `${p.message} for ${JSON.stringify(text).slice(0, 200)}`).toBe(true);
  // Whatever root is picked, the version has one root, valid ids, and parents inside it.
  const root = findRoots(checked, "")[0] ?? checked.byKey.values().next().value;
  if (!root || checked.problems.some((p) => p.severity === "fatal")) return;
  const org = buildImportedOrg(checked, root.key, { id: "import-f", importedAt: "2025-01-01T00:00:00Z" });
  const units = org?.version.units ?? [];
  const ids = new Set(units.map((u) => u.id));
  expect(ids.size).toBe(units.length);
  expect(units.filter((u) => u.parent === null)).toHaveLength(1);
  for (const u of units) {
    expect(UnitId.safeParse(u.id).success).toBe(true);
    if (u.parent !== null) expect(ids.has(u.parent)).toBe(true);
  }
}

// CSV-ish text: the header, then rows made of fields with delimiters, quotes and line breaks.
const field = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("", '"', '""', ";", ",", "\n", "\r\n", "|", "R", "A", "B"));
const csvText = fc
  .tuple(
    fc.constantFrom("code;parent;nom;missions", "id,parent,name,type", "Code;Parent;Nom", "nom;type", ""),
    fc.array(fc.array(field, { maxLength: 5 }), { maxLength: 8 }),
    fc.constantFrom(";", ","),
    fc.constantFrom("\n", "\r\n"),
  )
  .map(([header, rows, d, eol]) => [header, ...rows.map((r) => r.join(d))].join(eol));

const key = fc.constantFrom("a", "b", "c", "d", "", 1, null);
const service = fc.record(
  {
    id: key,
    nom: fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null), fc.constant(3)),
    sigle: fc.string({ maxLength: 4 }),
    mission: fc.oneof(fc.string(), fc.constant({})),
    hierarchie: fc.oneof(
      fc.array(fc.record({ type_hierarchie: fc.constantFrom("Service Fils", "Autre hiérarchie", "x"), service: fc.oneof(key, fc.record({ id: key })) }), { maxLength: 3 }),
      fc.constantFrom("[", '[{"type_hierarchie":"Service Fils","service":"a"}]', "x", 5),
    ),
    affectation_personne: fc.oneof(fc.constant("[{"), fc.array(fc.record({ fonction: fc.string(), personne: fc.oneof(fc.record({ nom: fc.string() }), fc.string()) }))),
    telephone: fc.oneof(fc.array(fc.oneof(fc.string(), fc.record({ valeur: fc.string() }))), fc.string()),
    date_modification: fc.oneof(fc.constant("01/02/2025 10:00:00"), fc.string()),
  },
  { requiredKeys: [] },
);

describe("import parsers under fuzzing", () => {
  it("the CSV parser never throws and locates every problem", () => {
    fc.assert(fc.property(csvText, (text) => assertSound(text, () => parseCsv(text, "f.csv"))), { numRuns: RUNS });
  });

  it("the CSV parser survives arbitrary unicode text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => assertSound(text, () => parseCsv(text, "f.csv"))), { numRuns: RUNS });
  });

  it("the Référentiel reader never throws and locates every problem", () => {
    fc.assert(
      fc.property(fc.oneof(fc.record({ service: fc.array(service, { maxLength: 8 }) }), fc.array(service, { maxLength: 5 }), fc.jsonValue()), (data) =>
        assertSound(JSON.stringify(data), () => readReferentiel(data, "f.json")),
      ),
      { numRuns: RUNS },
    );
  });

  it("the workbook reader never throws and locates every problem, whatever the sheets hold", () => {
    const value: fc.Arbitrary<SheetValue> = fc.oneof(field, fc.constantFrom("code", "parent", "nom", "id", "name"), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date());
    const sheet = fc.record({ sheet: fc.string({ maxLength: 10 }), data: fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 8 }) });
    const header = fc.constantFrom(["code", "parent", "nom"], ["id", "parent", "name", "missions"], ["nom"], []);
    const sheets = fc.array(
      fc.tuple(sheet, header).map(([s, h]) => ({ ...s, data: [[...h] as SheetValue[], ...s.data] })),
      { maxLength: 3 },
    );
    fc.assert(fc.property(sheets, (input) => assertSound(JSON.stringify(input), () => readWorkbook(input, "f.xlsx"))), { numRuns: RUNS });
  });

  it("the file entry point never throws on arbitrary bytes, JSON or app-format text", () => {
    const appText = fc
      .record({ id: fc.string(), units: fc.array(fc.record({ id: key, parent: key, name: fc.string({ maxLength: 5 }), kind: fc.string() }, { requiredKeys: [] }), { maxLength: 6 }) })
      .map((v) => JSON.stringify(v));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), appText, fc.jsonValue().map((j) => JSON.stringify(j)), csvText), (input) =>
        assertSound(input, () => (typeof input === "string" ? parseText(input, "f").org : parseBytes(input, "f").org)),
      ),
      { numRuns: RUNS },
    );
  });
});
