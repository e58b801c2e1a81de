import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PRELOADED } from "../../../src/components/lazyParts.ts";
import { GlossaryProvider } from "../../../src/components/GlossaryContext.tsx";
import { UnitPanel } from "../../../src/components/UnitPanel.tsx";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { makeDataset, makeSourceRef, SOURCE_A, unitOf } from "../domain/fixtures.ts";

function setup(version: string, unitId: string | null, edit?: (dataset: ReturnType<typeof makeDataset>) => void) {
  const dataset = makeDataset();
  edit?.(dataset);
  unitOf(dataset, "2010", "r1").missions = { status: "described", items: ["Coordonne le PLFSS avec les ARS"] };
  dataset.glossary.entries.push({ acronym: "PLFSS", expansion: "projet de loi de financement de la sécurité sociale", source: { file: "000_a.txt", passage: "PLFSS" } });
  const indexes = indexVersions(dataset);
  const onSelect = vi.fn();
  const onSelectIn = vi.fn();
  render(
    <GlossaryProvider glossary={dataset.glossary} sources={dataset.sources.documents}>
      <UnitPanel dataset={dataset} indexes={indexes} index={indexes.get(version)!} unitId={unitId} onSelect={onSelect} onSelectIn={onSelectIn} />
    </GlossaryProvider>,
  );
  return { onSelect, onSelectIn };
}

// The app fetches these at idle time (main.tsx); here they are ready before the first test.
beforeAll(() => Promise.all(PRELOADED.map((part) => part.preload())));

describe("UnitPanel", () => {
  it("invites the user to pick a unit when none is selected", () => {
    setup("2010", null);
    expect(screen.getByRole("complementary", { name: "Aucune unité sélectionnée" })).toBeInTheDocument();
  });

  it("shows the unit's missions and explains acronyms on focus", async () => {
    setup("2010", "r1");
    const panel = screen.getByRole("complementary", { name: "Bureau R1" });
    const missions = within(panel).getByRole("region", { name: "Missions" });
    const item = within(missions).getByRole("listitem");
    expect(item).toHaveTextContent(/^Coordonne le PLFSS.* avec les ARS/);
    const term = within(item).getByText("PLFSS");
    expect(term.tagName).toBe("ABBR");
    term.focus();
    expect(term).toHaveFocus();
    expect(term).toHaveAccessibleDescription("projet de loi de financement de la sécurité sociale");
  });

  it("explains a source number in an attachment note with the source's title, on focus", () => {
    setup("2016", "r1", (dataset) => {
      unitOf(dataset, "2016", "r1").attachment = { basis: "chart-layout", note: "L'organigramme de 001 place ce bureau sous la sous-direction." };
    });
    const note = screen.getByText(/^Rattachement :/);
    const number = within(note).getByText("001");
    number.focus();
    expect(number).toHaveAccessibleDescription("Source 001 : « Page web » (web page)");
  });

  it("says plainly when the sources do not describe the missions, then shows the counterpart's missions labelled with their year", () => {
    setup("2016", "r1", (dataset) => {
      // Two passages of one document: its title is given once.
      unitOf(dataset, "2010", "r1").sources = [makeSourceRef(SOURCE_A, "un passage"), makeSourceRef(SOURCE_A, "un autre")];
    });
    const missions = screen.getByRole("region", { name: "Missions" });
    expect(missions).toHaveTextContent("Missions non décrites par les sources.");
    expect(missions).toHaveTextContent("missions de l'unité correspondante en 2010");
    expect(missions).toHaveTextContent("Texte de 2010, pas de la version affichée ; source : Organigramme.");
  });

  it("lists the path to the direction as clickable breadcrumbs", async () => {
    const { onSelect } = setup("2010", "r1");
    const nav = screen.getByRole("navigation", { name: "Rattachement" });
    await userEvent.click(within(nav).getByRole("button", { name: "DGOS" }));
    expect(onSelect).toHaveBeenCalledWith("dgos");
  });

  it("links the same unit in the other versions through lineage", async () => {
    const { onSelectIn } = setup("2010", "r1");
    const lineage = screen.getByRole("region", { name: "Dans les autres versions" });
    await userEvent.click(within(lineage).getByRole("button", { name: "Pôle performance" }));
    expect(onSelectIn).toHaveBeenCalledWith("2024", "pf");
  });

  it("cites the source document and its passage", () => {
    setup("2010", "r1");
    const sources = screen.getByRole("region", { name: "Sources" });
    expect(sources).toHaveTextContent("Organigramme");
    expect(sources).toHaveTextContent("« passage cité »");
  });
});

describe("UnitPanel « Où est passée cette mission ? »", () => {
  it("lists where a mission lives in the other versions, labelled as lineage", async () => {
    const { onSelectIn } = setup("2010", "r1");
    await userEvent.click(screen.getByRole("button", { name: "Où est passée cette mission ?" }));
    const item = screen.getByRole("button", { name: "Où est passée cette mission ?" }).closest("li")!;
    expect(await within(item).findAllByText("filiation")).toHaveLength(2);
    await userEvent.click(within(item).getByRole("button", { name: "Pôle performance" }));
    expect(onSelectIn).toHaveBeenCalledWith("2024", "pf");
  });
});
