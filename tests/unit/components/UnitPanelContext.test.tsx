import { render, screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PRELOADED } from "../../../src/components/lazyParts.ts";
import { UnitPanel } from "../../../src/components/UnitPanel.tsx";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { makeDataset, makeSourceRef, unitOf } from "../domain/fixtures.ts";

// The app fetches these at idle time (main.tsx); here they are ready before the first test.
beforeAll(() => Promise.all(PRELOADED.map((part) => part.preload())));

describe("UnitPanel: what a source says that is not a mission", () => {
  it("shows a unit's context apart from its missions, with its source", () => {
    const dataset = makeDataset();
    unitOf(dataset, "2024", "cel").context = [{ text: "Raison de sa création : « pour renforcer notre capacité d'évaluation ».", source: makeSourceRef() }];
    const indexes = indexVersions(dataset);
    render(<UnitPanel dataset={dataset} indexes={indexes} index={indexes.get("2024")!} unitId="cel" onSelect={vi.fn()} onSelectIn={vi.fn()} />);
    const context = screen.getByRole("region", { name: "Contexte (pas une mission)" });
    expect(context).toHaveTextContent("renforcer notre capacité d'évaluation");
    const missions = screen.getByRole("region", { name: "Missions" });
    expect(within(missions).queryByText(/capacité d'évaluation/)).not.toBeInTheDocument();
  });

  it("states the unit's change in the comparison when given one", () => {
    const dataset = makeDataset();
    const indexes = indexVersions(dataset);
    render(
      <UnitPanel
        dataset={dataset}
        indexes={indexes}
        index={indexes.get("2024")!}
        unitId="cel"
        onSelect={vi.fn()}
        onSelectIn={vi.fn()}
        comparison={<p>Dans cette comparaison (2016 → 2024) : ✚ créé</p>}
      />,
    );
    expect(screen.getByText("Dans cette comparaison (2016 → 2024) : ✚ créé")).toBeInTheDocument();
  });
});
