import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import DiscoverPage from "../../../src/components/discover/DiscoverPage.tsx";
import { GlossaryProvider } from "../../../src/components/GlossaryContext.tsx";
import { resetTourMemory } from "../../../src/components/tour/tourStorage.ts";
import type { Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const result = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!result.ok) throw new Error("data/ is invalid");
const dataset: Dataset = result.dataset;

function setup() {
  const props = { onOpenUnit: vi.fn(), onCompare: vi.fn(), onStartTour: vi.fn(), onShowGlossary: vi.fn() };
  render(
    <GlossaryProvider glossary={dataset.glossary} sources={dataset.sources.documents}>
      <DiscoverPage dataset={dataset} {...props} />
    </GlossaryProvider>,
  );
  return props;
}

beforeEach(() => {
  localStorage.clear();
  resetTourMemory();
});
afterEach(() => vi.restoreAllMocks());

// Renders the whole page from the real data: slow under a loaded CI machine, hence the longer timeout.
describe("DiscoverPage", { timeout: 20_000 }, () => {
  it("says what the DGOS does in 001's words, citing the source", () => {
    setup();
    const role = screen.getByRole("region", { name: "Ce que fait la DGOS" });
    expect(role).toHaveTextContent(/élaborent et assurent la mise en œuvre des politiques publiques/);
    expect(role).toHaveTextContent("(001_0dcd239cd72615c0.txt)");
  });

  it("gives the 2010 founding statement of the DGOS's role, citing the founding brochure", () => {
    setup();
    const role = screen.getByRole("region", { name: "Ce que fait la DGOS" });
    expect(role).toHaveTextContent(/À sa création, en 2010 :.*logique de pilotage stratégique, d'élaboration des politiques.*\(000_497feb19512eb08c\.txt\)/);
  });

  it("shows the top two levels of 2024, each opening the unit in the tree", async () => {
    const { onOpenUnit } = setup();
    const org = screen.getByRole("region", { name: /L'organisation en 2024/ });
    const items = within(org).getAllByRole("listitem");
    expect(items).toHaveLength(10);
    await userEvent.click(within(org).getByRole("button", { name: "Pôle de la recherche et de l'accès à l'innovation" }));
    expect(onOpenUnit).toHaveBeenCalledWith("2024", "pole-recherche");
  });

  it("does not call the pôle and the cabinet attached to the directrice générale: no source says so", () => {
    setup();
    const org = screen.getByRole("region", { name: /L'organisation en 2024/ });
    const unsure = within(org)
      .getAllByRole("listitem")
      .filter((li) => li.textContent?.includes("rattachement non précisé par les sources"));
    expect(unsure.map((li) => within(li).getByRole("button").textContent)).toEqual(["Pôle de la recherche et de l'accès à l'innovation", "Cabinet de la direction générale"]);
    expect(org).not.toHaveTextContent("directement rattachées");
  });

  it("lists the 4 strategic axes and says the sources assign none of them to a unit", () => {
    setup();
    const strategy = screen.getByRole("region", { name: /Le projet stratégique 2025-2027 : 4 axes/ });
    expect(within(strategy).getAllByRole("listitem").filter((li) => li.textContent?.startsWith("Axe"))).toHaveLength(4);
    expect(strategy).toHaveTextContent("Les sources n'attribuent pas ces axes à des sous-directions ou départements");
  });

  it("names the values, the operators with full names and the partners, each cited", async () => {
    const { onOpenUnit } = setup();
    const values = screen.getByRole("region", { name: "Les valeurs de la DGOS" });
    expect(within(values).getAllByRole("term").map((t) => t.textContent)).toEqual(["Dialogue", "Engagement", "Anticipation"]);
    const bodies = screen.getByRole("region", { name: "Opérateurs et partenaires en 2024" });
    expect(bodies).toHaveTextContent(/Agence nationale d'appui à la performance \(ANAP/);
    expect(bodies).toHaveTextContent(/Rôle décrit en 2016 : .*suivi de carrière des directeurs d'établissements/);
    expect(bodies).toHaveTextContent(/Caisse nationale d'assurance maladie \(CNAM/);
    const ars = within(bodies).getAllByRole("listitem").find((li) => li.textContent?.startsWith("Agences régionales de santé"))!;
    expect(ars).toHaveTextContent(/Rôle décrit en 2016 : déclinent en région/);
    expect(ars).toHaveTextContent(/Rôle décrit en 2010 : leur création illustre, comme celle de la DGOS.*COSTRAT/);
    await userEvent.click(within(bodies).getAllByRole("button", { name: "Sous-direction de l'appui aux pilotages et des ressources" })[0]!);
    expect(onOpenUnit).toHaveBeenCalledWith("2024", "appui-pilotages");
  });

  it("gives the headcounts with their dates, and says when a source gives none", () => {
    setup();
    const figures = screen.getByRole("region", { name: "Les effectifs" });
    expect(figures).toHaveTextContent("245 agents en avril 2025");
    expect(figures).toHaveTextContent("272 agents (date non précisée par la source)");
    expect(figures).toHaveTextContent("2010 : aucun effectif dans les sources de cette version.");
  });

  it("tells the history in one line per version with links into the comparison", async () => {
    const { onCompare } = setup();
    const history = screen.getByRole("region", { name: "Comment elle en est arrivée là" });
    expect(history.querySelectorAll(".discover__history > li")).toHaveLength(3);
    await userEvent.click(within(history).getByRole("button", { name: "Comparer 2016 et 2024" }));
    expect(onCompare).toHaveBeenCalledWith("2016", "2024");
    await userEvent.click(within(history).getByRole("button", { name: "Comparer 2010 et 2024" }));
    expect(onCompare).toHaveBeenCalledWith("2010", "2024");
  });

  it("keeps the 2016 brochure's policy themes one click away in the history, each cited", async () => {
    setup();
    const history = screen.getByRole("region", { name: "Comment elle en est arrivée là" });
    const summary = within(history).getByText("Les thèmes que présentent les sources de 2016 (7)");
    await userEvent.click(summary);
    const themes = summary.closest("details")!;
    expect(themes).toHaveAttribute("open");
    expect(themes).toHaveTextContent(/l'organisation des soins.*\(002_71003b86cced0e5a\.txt\).*lutte contre les déserts médicaux/);
    expect(within(history).queryByText(/Les thèmes que présentent les sources de 2024/)).not.toBeInTheDocument();
  });

  it("offers the tour; « Ne plus proposer » hides the offer for good, on this device", async () => {
    const { onStartTour } = setup();
    const offer = screen.getByRole("region", { name: "Visite guidée" });
    await userEvent.click(within(offer).getByRole("button", { name: "Ne plus proposer" }));
    expect(screen.queryByRole("region", { name: "Visite guidée" })).not.toBeInTheDocument();
    expect(onStartTour).not.toHaveBeenCalled();
    resetTourMemory();
    cleanup();
    const again = setup();
    expect(screen.queryByRole("region", { name: "Visite guidée" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Revoir la visite guidée de l'explorateur" }));
    expect(again.onStartTour).toHaveBeenCalledOnce();
  });

  it("still works, and stops offering within the page's life, when reading localStorage throws", async () => {
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const { onStartTour } = setup();
    await userEvent.click(screen.getByRole("button", { name: "Commencer la visite" }));
    expect(onStartTour).toHaveBeenCalledOnce();
    cleanup();
    setup();
    expect(screen.queryByRole("region", { name: "Visite guidée" })).not.toBeInTheDocument();
  });
});
