import { describe, expect, it } from "vitest";
import { initialPane, paneReducer, switchVersion } from "../../../src/state/paneState.ts";
import { makeDataset } from "../domain/fixtures.ts";

describe("paneReducer", () => {
  it("select sets the selected unit and keeps the same object when nothing changes", () => {
    const state = paneReducer(initialPane("2010"), { type: "select", unitId: "r1" });
    expect(state.selected).toBe("r1");
    expect(paneReducer(state, { type: "select", unitId: "r1" })).toBe(state);
  });

  it("toggle folds then unfolds a subtree", () => {
    const folded = paneReducer(initialPane("2010"), { type: "toggle", unitId: "sdr" });
    expect(folded.collapsed.has("sdr")).toBe(true);
    expect(paneReducer(folded, { type: "toggle", unitId: "sdr" }).collapsed.has("sdr")).toBe(false);
  });

  it("collapseAll folds the given units and expandAll unfolds everything", () => {
    const folded = paneReducer(initialPane("2010"), { type: "collapseAll", unitIds: ["sdr", "dgos"] });
    expect([...folded.collapsed].sort()).toEqual(["dgos", "sdr"]);
    expect(paneReducer(folded, { type: "expandAll" }).collapsed.size).toBe(0);
  });

  it("expand unfolds only the listed ancestors", () => {
    const folded = paneReducer(initialPane("2010"), { type: "collapseAll", unitIds: ["sdr", "dgos"] });
    expect([...paneReducer(folded, { type: "expand", unitIds: ["dgos"] }).collapsed]).toEqual(["sdr"]);
  });
});

describe("switchVersion", () => {
  const dataset = makeDataset();

  it("keeps the selected unit when lineage gives it a counterpart, and says which", () => {
    const { state, notice } = switchVersion(dataset, { ...initialPane("2016"), selected: "r1" }, "2024");
    expect(state).toMatchObject({ version: "2024", selected: "pf" });
    expect(notice).toBe("R1 – Bureau R1 (2016) correspond à Pôle performance en 2024 (filiation).");
  });

  it("follows lineage across two reorganisations", () => {
    const { state } = switchVersion(dataset, { ...initialPane("2010"), selected: "r1" }, "2024");
    expect(state.selected).toBe("pf");
  });

  it("clears the selection and says why when the unit has no counterpart", () => {
    const { state, notice } = switchVersion(dataset, { ...initialPane("2016"), selected: "sdr" }, "2024");
    expect(state.selected).toBeNull();
    expect(notice).toContain("n'a pas d'équivalent identifié en 2024");
  });

  it("says nothing when no unit was selected", () => {
    expect(switchVersion(dataset, initialPane("2016"), "2024").notice).toBeNull();
  });
});
