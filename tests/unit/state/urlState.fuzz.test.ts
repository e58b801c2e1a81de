// The URL parser against thousands of generated query strings (fast-check, fixed seed): any
// bytes, broken % escapes, huge values, repeated and unknown keys, markup and javascript:
// payloads. It never throws, always yields a valid state, says little, and reads its own output back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatUrlState, MAX_QUERY, parseUrlState, VIEWS } from "../../../src/state/urlState.ts";
import { makeDataset } from "../domain/fixtures.ts";
import { queryString } from "./queryStrings.ts";

const dataset = makeDataset();
const versionIds = dataset.versions.map((v) => v.id);

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
