import { describe, expect, it } from "vitest";
import { bodiesAttachedTo, bodiesByCategory, bodyLabel } from "../../../src/domain/bodies.ts";
import { makeDataset, makeSourceRef, versionOf } from "./fixtures.ts";

function version() {
  const dataset = makeDataset();
  const v = versionOf(dataset, "2024");
  v.bodies = [
    { name: "Agence nationale d'appui à la performance", acronym: "ANAP", category: "operateur", source: makeSourceRef(), attachedTo: [{ unit: "pf", source: makeSourceRef(undefined, "tutelle des opérateurs") }] },
    { name: "COSTRAT", acronym: "COSTRAT", category: "comite", source: makeSourceRef(), attachedTo: [{ unit: "dgos", source: makeSourceRef() }] },
    { name: "Caisse nationale d'assurance maladie", acronym: "CNAM", category: "partenaire", source: makeSourceRef() },
  ];
  return v;
}

describe("bodies", () => {
  it("bodiesAttachedTo returns the bodies a source ties to the unit, with the passage that ties them", () => {
    const attached = bodiesAttachedTo(version(), "pf");
    expect(attached.map((a) => a.body.acronym)).toEqual(["ANAP"]);
    expect(attached[0]!.source.passage).toBe("tutelle des opérateurs");
  });

  it("bodiesAttachedTo returns nothing for a unit no source ties a body to", () => {
    expect(bodiesAttachedTo(version(), "sdr")).toEqual([]);
  });

  it("bodiesByCategory groups bodies in the given category order and leaves empty groups out", () => {
    const groups = bodiesByCategory(version(), ["partenaire", "ministere", "operateur"]);
    expect(groups.map((g) => [g.category, g.bodies.map((b) => b.acronym)])).toEqual([
      ["partenaire", ["CNAM"]],
      ["operateur", ["ANAP"]],
    ]);
  });

  it("bodyLabel adds the acronym after the full name, but not after a name that is the acronym", () => {
    const [anap, costrat] = version().bodies;
    expect(bodyLabel(anap!)).toBe("Agence nationale d'appui à la performance (ANAP)");
    expect(bodyLabel(costrat!)).toBe("COSTRAT");
  });
});
