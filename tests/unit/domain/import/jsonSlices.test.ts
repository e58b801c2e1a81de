// The Référentiel export read one service at a time gives what a whole JSON.parse gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliceServices } from "../../../../src/domain/import/jsonSlices.ts";
import { parseText } from "../../../../src/domain/import/parseFile.ts";
import { readReferentiel } from "../../../../src/domain/import/referentiel.ts";
import { referentielArrays, referentielStrings } from "./fixtures.ts";

const whole = (text: string) => readReferentiel(JSON.parse(text) as unknown, "f.json", []);

// Strings with what could fool a scanner: quotes, backslashes, brackets, commas, unicode escapes.
const tricky = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', "\\", "{", "}", "[", "]", ",", ":", '\\"', "\u00e9", "\n", ""));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    tricky,
    fc.integer(),
    fc.constantFrom(true, false, null, 1.5e3),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(tricky, tie("v"), { maxKeys: 3 }),
  ),
})).v;
const service = fc.record(
  {
    id: fc.oneof(fc.constantFrom("a", "b", "c", "d"), tricky),
    nom: tricky,
    sigle: tricky,
    mission: tricky,
    hierarchie: fc.array(fc.record({ type_hierarchie: fc.constantFrom("Service Fils", "Autre hiérarchie", "x"), service: fc.constantFrom("a", "b", "c", "d") }), { maxLength: 3 }),
    extra: value,
  },
  { requiredKeys: ["id"] },
);
const exportText = fc
  .tuple(fc.array(fc.oneof(service, value), { maxLength: 6 }), fc.dictionary(fc.constantFrom("meta", "date", "x"), value, { maxKeys: 2 }), fc.boolean())
  .map(([services, others, pretty]) => JSON.stringify({ ...others, service: services }, null, pretty ? 2 : undefined));

describe("reading a Référentiel export one service at a time", () => {
  it("gives the same records and problems as parsing the whole text, whatever the strings hold", () => {
    fc.assert(
      fc.property(exportText, (text) => {
        expect(sliceServices(text, 0)).not.toBeNull();
        const sliced = parseText(text, "f.json").org;
        const reference = whole(text);
        expect(sliced.records).toEqual(reference.records);
        expect(sliced.problems).toEqual(reference.problems);
      }),
      { numRuns: 1000 },
    );
  });

  it("slices the documented fixtures, nested fields as arrays and as strings", () => {
    for (const fixture of [referentielArrays, referentielStrings]) {
      const text = JSON.stringify(fixture);
      const sliced = sliceServices(text, 0);
      expect(sliced?.starts.map((start, i) => JSON.parse(text.slice(start, sliced.ends[i])) as unknown)).toEqual(fixture.service);
      expect(parseText(text, "f.json").org).toEqual(whole(text));
    }
  });

  it("leaves every other shape to a whole parse: duplicate key, bare array, trailing text, truncation, no service list", () => {
    for (const text of [
      '{"service":[{"id":"a"}],"service":[]}',
      '[{"id":"a","nom":"A"}]',
      '{"service":[{"id":"a"}]} x',
      '{"service":[{"id":"a"}',
      '{"service":[{"id":"a"}],"x":}',
      '{"units":[]}',
      "{}",
    ]) {
      expect(sliceServices(text, 0), text).toBeNull();
    }
  });

  it("reports a broken service the way a whole parse does: the file is unreadable, with its place", () => {
    const text = '{"service":[{"id":"a","nom":"A"},{"id":"b","nom":}]}';
    const problems = parseText(text, "f.json").org.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe("fatal");
    expect(problems[0]?.message).toMatch(/^JSON illisible/);
    expect(problems[0]?.at.line).toBe(1);
  });
});
