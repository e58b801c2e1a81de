// A large dataset's chart comes before its missions and sources (domain/datasetParts.ts): the
// panel of a unit opened meanwhile says they are loading, then shows them when they arrive.
import { render, screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { PRELOADED } from "../../../src/components/lazyParts.ts";
import { GlossaryProvider } from "../../../src/components/GlossaryContext.tsx";
import { UnitPanel } from "../../../src/components/UnitPanel.tsx";
import { applyDetails, assembleStructure, splitDataset } from "../../../src/domain/datasetParts.ts";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { makeDataset, unitOf } from "../domain/fixtures.ts";

beforeAll(() => Promise.all(PRELOADED.map((part) => part.preload())));

function panel(dataset: Dataset) {
  // As the app does (useExplorer): the indexes are built once, on the structure's units.
  const indexes = indexVersions(dataset);
  return (
    <GlossaryProvider glossary={dataset.glossary} sources={dataset.sources.documents}>
      <UnitPanel dataset={dataset} indexes={indexes} index={indexes.get("2010")!} unitId="r1" onSelect={() => undefined} onSelectIn={() => undefined} />
    </GlossaryProvider>
  );
}

function twoParts() {
  const whole = makeDataset();
  unitOf(whole, "2010", "r1").missions = { status: "described", items: ["Organise la régulation régionale"] };
  const { structure, details } = JSON.parse(JSON.stringify(splitDataset(whole, "d.jsonl"))) as ReturnType<typeof splitDataset>;
  return { drawn: assembleStructure(structure, "s.json"), details, key: structure.key };
}

describe("the unit panel of a dataset whose details come later", () => {
  it("says the missions and sources are loading, then shows them once they arrive", () => {
    const { drawn, details, key } = twoParts();
    const { rerender } = render(panel(drawn));
    const aside = screen.getByRole("complementary", { name: "Bureau R1" });
    const missions = () => within(aside).getByRole("region", { name: "Missions" });
    expect(within(missions()).getByRole("status")).toHaveTextContent("Chargement des missions et des sources…");
    expect(within(missions()).queryByRole("listitem")).toBeNull();
    expect(within(aside).getByRole("region", { name: "Sources" })).toHaveTextContent("Chargement…");

    rerender(panel(applyDetails(drawn, details, key, "d.jsonl")));
    expect(within(missions()).queryByRole("status")).toBeNull();
    expect(within(missions()).getByRole("listitem")).toHaveTextContent("Organise la régulation régionale");
    expect(within(within(aside).getByRole("region", { name: "Sources" })).getAllByRole("listitem").length).toBeGreaterThan(0);
  });

  it("says so when the details could not be loaded", () => {
    const { drawn } = twoParts();
    render(panel({ ...drawn, detailsError: "d.jsonl : HTTP 404" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Les missions et les sources n'ont pas pu être chargées : d.jsonl : HTTP 404. Rechargez la page.");
  });
});
