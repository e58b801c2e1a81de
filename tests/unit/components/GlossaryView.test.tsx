import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import GlossaryView from "../../../src/components/glossary/GlossaryView.tsx";
import type { Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const result = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!result.ok) throw new Error("data/ is invalid");
const dataset: Dataset = result.dataset;

function setup() {
  const onOpenUnit = vi.fn();
  render(<GlossaryView dataset={dataset} onOpenUnit={onOpenUnit} />);
  return { onOpenUnit };
}
const entry = (acronym: string) => screen.getByRole("region", { name: new RegExp(`^${acronym} — `) });

// Renders the whole real glossary: slow under a loaded CI machine, hence the longer timeout.
describe("GlossaryView", { timeout: 20_000 }, () => {
  it("lists every glossary term with its expansion and source", () => {
    setup();
    expect(screen.getByRole("status")).toHaveTextContent(`${dataset.glossary.entries.length} termes.`);
    expect(entry("ATIH")).toHaveTextContent("agence technique de l'information sur l'hospitalisation");
    expect(entry("ATIH")).toHaveTextContent("(000_497feb19512eb08c.txt)");
    expect(entry("ATIH")).toHaveTextContent(/Définition : collecte, analyse et restitution des données/);
  });

  it("marks inferred expansions and those taken from a named public text", () => {
    setup();
    expect(entry("FPH")).toHaveTextContent(/Développement déduit.*emploie le sigle sans le développer/);
    expect(entry("ANDPC")).toHaveTextContent("Absent des cinq sources");
    expect(entry("ANDPC")).toHaveTextContent("Code de la santé publique");
    expect(entry("ATIH")).not.toHaveTextContent("Développement déduit");
  });

  it("filters by acronym, expansion or definition, ignoring accents and case", async () => {
    setup();
    const filter = screen.getByRole("searchbox", { name: /Filtrer le glossaire/ });
    await userEvent.click(filter);
    await userEvent.paste("REGIONALES");
    expect(screen.getAllByRole("region").map((r) => r.getAttribute("aria-labelledby") && r.querySelector("h3")?.textContent)).toEqual([
      "ARS — agences régionales de santé",
    ]);
    expect(screen.getByRole("status")).toHaveTextContent(`1 termes sur ${dataset.glossary.entries.length}.`);
    await userEvent.clear(filter);
    await userEvent.paste("zzz");
    expect(screen.getByRole("status")).toHaveTextContent("Aucun terme ne correspond à « zzz ».");
  });

  it("links the units that use a term, opening them in the tree", async () => {
    const { onOpenUnit } = setup();
    const fph = entry("FPH");
    expect(fph).toHaveTextContent("Employé par 1 entité");
    await userEvent.click(within(fph).getByRole("button", { name: /\(2010\)$/ }));
    expect(onOpenUnit).toHaveBeenCalledWith("2010", expect.any(String));
  });

  it("links an operator to the units the sources tie it to, citing the passage (ANAP, 2010 and 2024)", async () => {
    const { onOpenUnit } = setup();
    const anap = entry("ANAP");
    expect(anap).toHaveTextContent("Organisme que les sources rattachent à");
    expect(within(anap).getByRole("button", { name: "Sous-direction de l'appui aux pilotages et des ressources (2024)" })).toBeInTheDocument();
    await userEvent.click(within(anap).getByRole("button", { name: /Sous-direction de l'appui aux pilotages et des ressources \(2024\)/ }));
    expect(onOpenUnit).toHaveBeenCalledWith("2024", "appui-pilotages");
    expect(within(anap).getAllByRole("button", { name: /\(2010\)$/ })).toHaveLength(2);
    expect(entry("HAS")).not.toHaveTextContent("rattachent");
  });
});
