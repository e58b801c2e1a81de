// The URL parser against thousands of generated query strings (fast-check, fixed seed): any
// bytes, broken % escapes, huge values, repeated and unknown keys, markup and javascript:
// payloads. It never throws, always yields a valid state, says little, and reads its own output back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatUrlState, MAX_QUERY, parseUrlState, VIEWS } from "../../../src/state/urlState.ts";
import { makeDataset } from "../domain/fixtures.ts";

const dataset = makeDataset();
const versionIds = dataset.versions.map((v) => v.id);

const KEYS = ["v", "u", "q", "vue", "toutes", "de", "a", "cote", "dataset", "utm_source", "fbclid", "x", "<img src=x onerror=alert(1)>", "%", "&", "="];
const PAYLOADS = ["javascript:alert(1)", "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "%E0%A4%A", "%", "%%", "%zz", "%ED%A0%80", "\u0000", "\u202e", "😀".repeat(150)];

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 }));
const value = fc.oneof(
  fc.constantFrom(...PAYLOADS, ...versionIds, ...VIEWS, "dgos", "r1", "pf", "de", "a", "1", "0", ""),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ minLength: 190, maxLength: 2000 }),
);
/** Raw query strings: pairs joined with &, some values percent-encoded, some not, some broken. */
export const queryString = fc
  .array(fc.tuple(key, value, fc.constantFrom("raw", "encoded", "bare")), { maxLength: 40 })
  .map((pairs) =>
    `?${pairs
      .map(([k, v, mode]) => (mode === "bare" ? k : mode === "encoded" ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`))
      .join("&")}`,
  );

describe("parseUrlState (fuzzed)", () => {
  it("never throws, yields a valid state, at most a few short lines, and round-trips", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const { state, warnings } = parseUrlState(search, dataset);
        expect(VIEWS).toContain(state.view);
        expect(versionIds).toContain(state.version);
        expect(state.query.length).toBeLessThanOrEqual(MAX_QUERY);
        if (state.unit !== null) {
          const v = state.view === "comparer" && state.compare ? (state.side === "from" ? state.compare.from : state.compare.to) : state.version;
          expect(dataset.versions.find((x) => x.id === v)?.units.some((u) => u.id === state.unit)).toBe(true);
        }
        if (state.compare) {
          expect(versionIds).toContain(state.compare.from);
          expect(versionIds).toContain(state.compare.to);
          expect(state.compare.from).not.toBe(state.compare.to);
        }
        expect(warnings.length).toBeLessThanOrEqual(12);
        for (const w of warnings) expect(w.length).toBeLessThanOrEqual(220);
        // parse → serialise → parse: same state, nothing to report.
        const again = parseUrlState(formatUrlState(state, dataset), dataset);
        expect(again.state).toEqual(state);
        expect(again.warnings).toEqual([]);
      }),
      { numRuns: 1500, seed: 20261128 },
    );
  });
});
