import { describe, expect, it } from "vitest";
import { defaultPair, formatUrlState, parseUrlState } from "../../../src/state/urlState.ts";
import { makeDataset } from "../domain/fixtures.ts";

const builtin = makeDataset();
const imported = { ...builtin.versions[2]!, id: "import-abc", label: "Importé" };
const withImport = { ...builtin, versions: [...builtin.versions, imported] };

describe("URL state with imported versions", () => {
  it("never makes an imported version the default, though it comes last", () => {
    expect(parseUrlState("", withImport).state.version).toBe("2024");
    expect(defaultPair(withImport)).toEqual({ from: "2016", to: "2024" });
    expect(formatUrlState({ ...parseUrlState("", withImport).state, version: "import-abc" }, withImport)).toBe("?v=import-abc");
  });

  it("opens a link to an imported version present in this browser", () => {
    expect(parseUrlState("?v=import-abc", withImport)).toMatchObject({ state: { version: "import-abc" }, warnings: [] });
    expect(parseUrlState("?vue=comparer&de=import-abc&a=2024", withImport).state.compare).toEqual({ from: "import-abc", to: "2024" });
  });

  it("says plainly that an imported version is not available in another browser", () => {
    const { state, warnings } = parseUrlState("?v=import-zzz", builtin);
    expect(state.version).toBe("2024");
    expect(warnings).toEqual([
      "Ce lien vise un organigramme importé qui n'est pas disponible dans ce navigateur (un import reste dans le navigateur où il a été fait) : version 2024 affichée.",
    ]);
  });
});
