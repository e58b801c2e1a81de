import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GlossaryProvider } from "../../../src/components/GlossaryContext.tsx";
import { VersionSummary } from "../../../src/components/VersionPicker.tsx";
import type { Dataset } from "../../../src/domain/schema.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const result = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!result.ok) throw new Error("data/ is invalid");
const dataset: Dataset = result.dataset;

function summary(id: string) {
  const version = dataset.versions.find((v) => v.id === id)!;
  render(
    <GlossaryProvider glossary={dataset.glossary} sources={dataset.sources.documents}>
      <VersionSummary version={version} versions={dataset.versions} sourceTitle={(f) => f} />
    </GlossaryProvider>,
  );
  return screen.getByRole("region", { name: `Version ${id}` });
}

describe("The version summary says what the sources leave unsaid (real data)", { timeout: 20_000 }, () => {
  it("says the 2016 date is inferred from the brochure's content", () => {
    expect(summary("2016")).toHaveTextContent("Date : 2016 (déduite du contenu de la brochure, qui n'est pas datée)");
  });

  it("does not call the 2024 date inferred", () => {
    expect(summary("2024")).not.toHaveTextContent("déduite");
  });

  it("shows 003's « Créée en 1960 » against the 2010 creation decree as a gap of 2024", async () => {
    const region = summary("2024");
    await userEvent.click(within(region).getByText(/Sources et limites de cette version/));
    const gaps = within(region).getByRole("heading", { name: "Ce que les sources ne couvrent pas" }).nextElementSibling as HTMLElement;
    expect(within(gaps).getByText(/Créée en 1960/)).toHaveTextContent(/décret du 15 mars 2010/);
  });

  it("lists the 2024 operators and partners with their full names", async () => {
    const region = summary("2024");
    await userEvent.click(within(region).getByText(/Sources et limites de cette version/));
    // The acronym is followed by its glossary expansion (screen-reader text), hence no closing parenthesis here.
    for (const name of ["Agence nationale d'appui à la performance (ANAP", "Agence nationale du développement professionnel continu (ANDPC", "Caisse nationale d'assurance maladie (CNAM", "Agences régionales de santé (ARS"]) {
      expect(region).toHaveTextContent(name);
    }
  });
});
