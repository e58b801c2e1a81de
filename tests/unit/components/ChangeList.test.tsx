import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ChangeList } from "../../../src/components/ChangeList.tsx";
import { diff } from "../../../src/domain/diff.ts";
import { makeDataset } from "../domain/fixtures.ts";

function setup() {
  const dataset = makeDataset();
  const result = diff(dataset, "2016", "2024");
  const onPick = vi.fn();
  render(<ChangeList dataset={dataset} result={result} fromVersion="2016" toVersion="2024" selectedChanges={[]} onPick={onPick} />);
  return { onPick, result };
}

describe("ChangeList", () => {
  it("reads as a report titled with the pair, with counts per class", () => {
    setup();
    const report = screen.getByRole("region", { name: "Ce qui a changé entre 2016 et 2024" });
    expect(report).toHaveTextContent(/changements :/);
    expect(report).toHaveTextContent(/1 créé/);
    expect(report).toHaveTextContent(/1 supprimé/);
  });

  it("hides unchanged units by default and shows them when their class is ticked", async () => {
    setup();
    const list = screen.getByRole("table", { name: /Changements entre 2016 et 2024/ });
    expect(within(list).queryByText(/inchangé/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: /inchangé/ }));
    expect(within(list).getAllByText(/inchangé/).length).toBeGreaterThan(0);
  });

  it("filters changes by text, accent-insensitively", async () => {
    setup();
    await userEvent.type(screen.getByRole("searchbox", { name: "Filtrer les changements" }), "cellule nouvelle");
    const buttons = within(screen.getByRole("table")).getAllByRole("button");
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAccessibleName(/^✚ créé\s?: créée \(écrit par une source\) → Cellule nouvelle/);
  });

  it("calls back with the change the user clicks", async () => {
    const { onPick } = setup();
    await userEvent.click(screen.getByRole("button", { name: /supprimé/ }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ class: "removed" }));
  });

  it("shows each change's reasons and the caveats", () => {
    setup();
    expect(screen.getAllByText("Même intitulé").length).toBeGreaterThan(0);
  });

  it("shows each change as a row before → after, with the confidence of its links", () => {
    setup();
    const row = screen.getByRole("row", { name: /supprimé/ });
    expect(within(row).getByText("écrit par une source", { selector: ".change__confidence" })).toBeInTheDocument();
    expect(within(row).getByText(/supprimée \(écrit par une source\)/, { selector: ".change__empty" })).toBeInTheDocument();
  });
});

describe("ChangeList on what the sources do not state", () => {
  function setupJudged() {
    const dataset = makeDataset();
    // The same data, but the end of SDR and the creation of the cellule are judgements, not statements.
    const links = dataset.lineage.links.map((l) => (l.type === "no-successor" || l.type === "created" ? { ...l, confidence: "judgement" as const } : l));
    const judged = { ...dataset, lineage: { links } };
    render(<ChangeList dataset={judged} result={diff(judged, "2016", "2024")} fromVersion="2016" toVersion="2024" selectedChanges={[]} onPick={vi.fn()} />);
  }

  it("says « sans correspondant documenté », never « supprimé » or « créé », when no source states it", () => {
    setupJudged();
    const table = screen.getByRole("table");
    expect(within(table).queryByText(/supprimé/)).not.toBeInTheDocument();
    expect(within(table).queryByText(/✚ créé/)).not.toBeInTheDocument();
    expect(within(table).getAllByText("? sans correspondant documenté")).toHaveLength(2);
    expect(within(table).getByText("aucun successeur documenté")).toBeInTheDocument();
    expect(within(table).getByText("aucun prédécesseur documenté")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "? sans correspondant documenté (2)" })).toBeChecked();
  });

  it("labels the judgement links as such", () => {
    setupJudged();
    expect(screen.getAllByText("jugement", { selector: ".change__confidence" })).toHaveLength(2);
  });
});
