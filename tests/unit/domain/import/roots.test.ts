import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOrg, subtree } from "../../../../src/domain/import/build.ts";
import { parseCsv } from "../../../../src/domain/import/csv.ts";
import { candidate, foldName, indexRoots, rootCandidates, searchRoots } from "../../../../src/domain/import/roots.ts";
import { normalizeText } from "../../../../src/domain/normalize.ts";

const csv = (rows: string[]) => checkOrg(parseCsv(["code;parent;nom;sigle", ...rows].join("\n"), "t.csv"));

describe("foldName", () => {
  it("lowers the case and drops accents, and leaves a plain ASCII name as it is", () => {
    expect(foldName("Sécurité des ÉTABLISSEMENTS")).toBe("securite des etablissements");
    expect(foldName("Bureau RH-2")).toBe("bureau rh-2");
    expect(foldName("Œuvre")).toBe("œuvre");
  });

  it("folds like lower case, Unicode decomposition and accents dropped, whatever the characters", () => {
    const reference = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    // Latin, Greek, Cyrillic and punctuation with loose accents, and any code points.
    const codes = fc.array(fc.oneof(fc.integer({ min: 0, max: 0x2100 }), fc.constantFrom(0x301, 0x327, 0x2019, 0x130, 0x3a3)), { maxLength: 12 });
    const any = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 });
    const text = fc.oneof(codes, any).map((list) => String.fromCharCode(...list));
    fc.assert(
      fc.property(text, (s) => {
        expect(foldName(s)).toBe(reference(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("rootCandidates", () => {
  const checked = csv([
    "M;;Ministère;MIN",
    "B0;Q;Cellule de la qualité des achats;",
    "D;M;Direction de la qualité;DQ",
    "B1;D;Bureau de la qualité;",
    "B2;D;Bureau qualité;QUAL",
    "Q;M;Qualité;",
    "B3;Q;Bureau des achats;",
    "B4;Q;Bureau des ventes;",
  ]);
  const index = indexRoots(checked);
  const keys = (q: string, limit = 20) => rootCandidates(index, q, limit).map((c) => c.key);

  it("ranks an exact short name, an exact name, a short name prefix, a name prefix, then a name containing the query", () => {
    expect(keys("qual")).toEqual(["B2", "Q", "D", "B0", "B1"]);
    expect(keys("qualite")).toEqual(["Q", "D", "B0", "B1", "B2"]);
    expect(keys("DQ")).toEqual(["D"]);
  });

  it("puts the unit with more direct children first among equal matches, then keeps file order", () => {
    expect(keys("de la qualite")).toEqual(["D", "B0", "B1"]);
    expect(keys("bureau")).toEqual(["B1", "B2", "B3", "B4"]);
    expect(keys("direction de la qualite bureau")).toEqual([]);
    expect(rootCandidates(index, "ministere", 5)).toEqual([{ key: "M", name: "Ministère", shortName: "MIN", childCount: 2, unitCount: 8 }]);
    expect(rootCandidates(index, "qualite", 1)).toEqual([{ key: "Q", name: "Qualité", childCount: 3, unitCount: 4 }]);
  });

  it("lists the file's top-level units for an empty query, and gives at most `limit` candidates", () => {
    expect(keys("  ")).toEqual(["M"]);
    expect(keys("bureau", 2)).toEqual(["B1", "B2"]);
  });

  it("gives the first `limit` of all matches sorted by rank, whatever the names", () => {
    const names = fc.array(fc.tuple(fc.constantFrom("Bureau", "bureau a", "Pôle", "pole b", "A", "b", "Bureau b"), fc.nat(3)), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(names, fc.constantFrom("b", "bureau", "pole", "a", "x"), fc.integer({ min: 1, max: 6 }), (list, query, limit) => {
        // Each record i hangs under record parent (< i), so child counts vary.
        const rows = list.map(([name, p], i) => `K${i};${i === 0 ? "" : `K${Math.max(0, i - 1 - p)}`};${name};`);
        const idx = indexRoots(csv(rows));
        const q = foldName(normalizeText(query));
        const score = (i: number) => {
          const short = idx.shorts[i] as string;
          const name = idx.names[i] as string;
          return short === q ? 0 : name === q ? 1 : short.startsWith(q) ? 2 : name.startsWith(q) ? 3 : name.includes(q) ? 4 : -1;
        };
        const all = idx.records
          .map((_, i) => i)
          .filter((i) => score(i) >= 0)
          .sort((a, b) => score(a) - score(b) || (idx.childCounts[b] as number) - (idx.childCounts[a] as number) || a - b);
        expect(searchRoots(idx, query, limit)).toEqual(all.slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it("gives each candidate the number of units its import would hold, for units in or under a loop too", () => {
    // Random parents: roots, unknown parents, own parents and loops all occur.
    const parents = fc.array(fc.integer({ min: -2, max: 12 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(parents, (list) => {
        const rows = list.map((p, i) => `K${i};${p === -1 ? "" : p === -2 ? "ABSENT" : `K${p}`};Unité ${i};`);
        const checked = csv(rows);
        const idx = indexRoots(checked);
        idx.records.forEach((r, i) => expect(candidate(idx, i).unitCount).toBe(subtree(checked, r.key).length));
      }),
      { numRuns: 300 },
    );
  });
});
