// A valid organisation 10,000 levels deep, for the tests that every tree walk is iterative.
import type { Dataset } from "../../../src/domain/schema.ts";
import { makeDataset, makeUnit } from "./fixtures.ts";

export const DEPTH = 10_000;

/** makeDataset() whose 2024 version is a chain dgos > c1 > c2 > … > c{depth-1}. */
export function deepChainDataset(depth = DEPTH): Dataset {
  const dataset = makeDataset();
  const v2024 = dataset.versions.find((v) => v.id === "2024")!;
  const chain = [v2024.units[0]!];
  for (let i = 1; i < depth; i++) chain.push(makeUnit({ id: `c${i}`, name: `Niveau ${i}`, parent: i === 1 ? "dgos" : `c${i - 1}` }));
  v2024.units = chain;
  // r1 becomes the first level of the chain instead of the fixture's pole; the cellule is gone.
  dataset.lineage.links = dataset.lineage.links
    .filter((l) => l.to?.unit !== "cel")
    .map((l) => (l.to?.unit === "pf" ? { ...l, to: { version: "2024", unit: "c1" } } : l));
  return dataset;
}

