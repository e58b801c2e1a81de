import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { LineageTimeline } from "../../../src/components/LineageTimeline.tsx";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { makeDataset } from "../domain/fixtures.ts";

function setup(confidence: "stated" | "identical" | "judgement") {
  const base = makeDataset();
  const dataset = { ...base, lineage: { links: base.lineage.links.map((l) => ({ ...l, confidence })) } };
  const onSelectIn = vi.fn();
  render(<LineageTimeline dataset={dataset} indexes={indexVersions(dataset)} version="2016" unitId="r1" onSelectIn={onSelectIn} />);
  return { onSelectIn };
}

describe("LineageTimeline", () => {
  it("says how sure each link is: a judgement is labelled as one", () => {
    setup("judgement");
    const steps = screen.getAllByRole("listitem");
    const step2024 = steps.find((li) => li.textContent?.startsWith("2024"))!;
    expect(within(step2024).getByText("jugement")).toBeInTheDocument();
    expect(step2024).toHaveTextContent("Même intitulé");
  });

  it("labels a link written by a source, and a link read off the same code or name", () => {
    setup("stated");
    expect(screen.getAllByText("écrit par une source").length).toBeGreaterThan(0);
  });

  it("does not name a change class (the comparison's diff does), only the link's confidence", () => {
    setup("identical");
    expect(screen.getAllByText("même code ou même intitulé").length).toBeGreaterThan(0);
    expect(screen.queryByText(/renommée|fusionnée|absorbée/)).not.toBeInTheDocument();
  });

  it("opens a counterpart in its version", async () => {
    const { onSelectIn } = setup("stated");
    await userEvent.click(screen.getAllByRole("button")[0]!);
    expect(onSelectIn).toHaveBeenCalled();
  });

  it("states on the shown unit's own step that a source writes its creation, when it also takes up earlier units' missions", () => {
    const base = makeDataset();
    const created = { from: null, to: { version: "2016", unit: "r1" }, type: "created" as const, confidence: "stated" as const, reason: "Créé selon la source.", sources: [] };
    const dataset = { ...base, lineage: { links: [...base.lineage.links, created] } };
    render(<LineageTimeline dataset={dataset} indexes={indexVersions(dataset)} version="2016" unitId="r1" onSelectIn={vi.fn()} />);
    const step2016 = screen.getAllByRole("listitem").find((li) => li.textContent?.startsWith("2016"))!;
    expect(step2016).toHaveTextContent("écrit par une source Créé selon la source.");
  });
});
